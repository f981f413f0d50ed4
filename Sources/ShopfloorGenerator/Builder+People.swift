import ShopfloorModel

/// People: workers placed in shops and shifts, and people who work nowhere.
extension Builder {
    /// Affiliation shares, in `Affiliation.allCases` order: member, sympathizer, non-party, reformist union,
    /// social-democrat, fascist, informer.
    static let affiliationWeights: [Double] = [0.010, 0.040, 0.700, 0.150, 0.060, 0.036, 0.004]

    mutating func makePeople() {
        let cumulative = Self.affiliationWeights.reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }
        people.reserveCapacity(spec.people)
        personWorkplace.reserveCapacity(spec.people)
        personSegment.reserveCapacity(spec.people)
        personHome.reserveCapacity(spec.people)
        for (w, workplace) in workplaces.enumerated() {
            let hoods = neighbourhoodsOf[workplaceDistrict[w]]
            let pubs = pubsOf[workplaceDistrict[w]]
            for _ in 0..<mappedCount[w] where people.count < spec.people {
                let s = rng.below(workplace.shops.count)
                let h = rng.below(workplace.shifts.count)
                let home = rng.chance(0.75) ? hoods[rng.below(hoods.count)] : randomNeighbourhood()
                var person = makePerson(cumulative: cumulative)
                person.workplace = workplace.id
                person.shop = workplace.shops[s].id
                person.shift = workplace.shifts[h].id
                person.home = places[home].id
                person.unionMember = workplace.union != nil && (person.affiliation == .reformistUnion || rng.chance(0.3))
                let roll = rng.below(1000)
                person.role = roll < 10 ? .manager : roll < 15 ? .hr : roll < 25 ? .security : roll < 65 ? .foreman : .worker
                if rng.chance(0.3) { person.frequents = [places[pubs[rng.below(pubs.count)]].id] }
                people.append(person)
                personWorkplace.append(Int32(w))
                personSegment.append(Int32(segmentBase[w] + s * workplace.shifts.count + h))
                personHome.append(Int32(home))
            }
        }
        // The rest work nowhere: neighbours, pensioners, students; a larger share of them are members.
        while people.count < spec.people {
            let home = randomNeighbourhood()
            var person = makePerson(cumulative: cumulative)
            if rng.chance(0.08) { person.affiliation = .member; person.assessment = .leader }
            person.home = places[home].id
            people.append(person)
            personWorkplace.append(-1)
            personSegment.append(-1)
            personHome.append(Int32(home))
        }
    }

    mutating func randomNeighbourhood() -> Int {
        let hoods = neighbourhoodsOf[rng.below(neighbourhoodsOf.count)]
        return hoods[rng.below(hoods.count)]
    }

    private mutating func makePerson(cumulative: [Double]) -> Person {
        let index = people.count
        let affiliation = Affiliation.allCases[rng.pick(cumulative: cumulative)]
        let assessment: Assessment
        switch affiliation {
        case .member: assessment = rng.chance(0.5) ? .leader : .supportive
        case .sympathizer: assessment = [.leader, .supportive, .supportive, .undecided][rng.below(4)]
        case .informer, .fascist: assessment = [.unassessed, .opposed, .hostile][rng.below(3)]
        default:
            let roll = rng.below(100)
            assessment = roll < 50 ? .unassessed : roll < 53 ? .leader : roll < 65 ? .supportive
                : roll < 85 ? .undecided : roll < 95 ? .opposed : .hostile
        }
        return Person(id: .init("p\(index)"), name: "Person \(index)", affiliation: affiliation, assessment: assessment)
    }
}
