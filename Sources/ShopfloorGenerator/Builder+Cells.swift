import ShopfloorModel

/// Cells and the contact log: rare, as in life.
extension Builder {
    mutating func makeCells() {
        var membersAt: [[Int]] = Array(repeating: [], count: workplaces.count)
        var idleMembersIn: [Int: [Int]] = [:]
        for (i, person) in people.enumerated() where person.isMember {
            let w = Int(personWorkplace[i])
            if w >= 0 { membersAt[w].append(i) } else { idleMembersIn[Int(personHome[i]), default: []].append(i) }
        }
        var withoutCell: [Int] = []
        for (w, members) in membersAt.enumerated() {
            guard members.count >= Cell.minimumMembers else {
                if workplaces[w].headcount >= 300 { withoutCell.append(w) }
                continue
            }
            // Most members are in their workplace's cell; a few evade it, as the 1930 circular complained.
            let inCell = members.filter { _ in rng.chance(0.85) }
            guard inCell.count >= Cell.minimumMembers else { continue }
            let committee = inCell.count >= 5 && rng.chance(0.7) ? Array(inCell.prefix(3)) : []
            cells.append(Cell(id: .init("c-\(workplaces[w].id)"), kind: .workplace, workplace: workplaces[w].id,
                members: inCell.map { people[$0].id }, committee: committee.map { people[$0].id }))
        }
        for home in idleMembersIn.keys.sorted() {
            let members = idleMembersIn[home] ?? []
            guard members.count >= Cell.minimumMembers else { continue }
            let target = withoutCell.isEmpty ? [] : [workplaces[withoutCell[rng.below(withoutCell.count)]].id]
            cells.append(Cell(id: .init("street-\(places[home].id)"), kind: .street, neighbourhood: places[home].id,
                targets: target, members: members.prefix(5).map { people[$0].id },
                committee: members.prefix(3).map { people[$0].id }))
        }
    }

    /// A contact log: members meeting workers at gates, pubs and homes over the last months.
    mutating func makeContacts() {
        let members = people.indices.filter { people[$0].isMember }
        guard !members.isEmpty, people.count > 1 else { return }
        let count = people.count / 50
        let today = Self.today
        let channels: [Contact.Channel] = [.gate, .pub, .home, .commute, .tie]
        let outcomes: [Contact.Outcome] = [.positive, .neutral, .neutral, .negative, .noShow]
        contacts.reserveCapacity(count)
        for _ in 0..<count {
            let by = members[rng.below(members.count)]
            var with = rng.below(people.count)
            if with == by { with = (with + 1) % people.count }
            guard !people[with].isDanger else { continue }
            contacts.append(Contact(by: people[by].id, with: people[with].id, date: today.adding(days: -rng.below(180)),
                channel: channels[rng.below(channels.count)], outcome: outcomes[rng.below(outcomes.count)]))
        }
    }
}
