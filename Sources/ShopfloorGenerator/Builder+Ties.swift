import ShopfloorModel

/// Ties that cluster: coworkers of a shop × shift, neighbours, kin, friends, commuters.
extension Builder {
    /// Draws about `spec.tiesPerPerson` ties per person, one tie at most per pair.
    mutating func makeTies(progress: (Double) -> Void) {
        let n = people.count
        guard n > 1 else { return }
        // Group people by segment and by neighbourhood (counting sort: dense arrays, no dictionaries).
        let bySegment = groups(of: personSegment, count: (segmentBase.last ?? 0) + (workplaces.last.map { $0.shops.count * $0.shifts.count } ?? 0))
        let byHome = groups(of: personHome, count: places.count)
        let perPerson = spec.tiesPerPerson
        // Shares of the ties per person: coworker, neighbour, relative, friend, commute.
        let plan: [(Tie.Kind, Double)] = [(.coworker, 0.5), (.neighbour, 0.2), (.relative, 0.1), (.friend, 0.15), (.commute, 0.05)]
        var keys: [UInt64] = []
        keys.reserveCapacity(Int(Double(n) * perPerson) + 16)
        var kinds: [UInt8] = []
        kinds.reserveCapacity(keys.capacity)
        for i in 0..<n {
            if i % 65_536 == 0 { progress(Double(i) / Double(n) * 0.8) }
            for (k, (kind, share)) in plan.enumerated() {
                var draws = Int(perPerson * share)
                if rng.unit() < perPerson * share - Double(draws) { draws += 1 }
                for _ in 0..<draws {
                    let j: Int
                    switch kind {
                    case .coworker, .commute:
                        let segment = Int(personSegment[i])
                        guard segment >= 0 else { continue }
                        if kind == .coworker {
                            j = pick(from: bySegment, group: segment, avoiding: i)
                        } else {
                            // Someone of the same workplace in another shop or shift.
                            let w = Int(personWorkplace[i])
                            let first = segmentBase[w]
                            let count = workplaces[w].shops.count * workplaces[w].shifts.count
                            j = pick(from: bySegment, group: first + rng.below(count), avoiding: i)
                        }
                    case .neighbour:
                        j = pick(from: byHome, group: Int(personHome[i]), avoiding: i)
                    case .relative:
                        j = rng.chance(0.7) ? pick(from: byHome, group: Int(personHome[i]), avoiding: i) : rng.below(n)
                    default:
                        j = rng.chance(0.5) && personSegment[i] >= 0
                            ? pick(from: bySegment, group: Int(personSegment[i]), avoiding: i) : rng.below(n)
                    }
                    guard j >= 0, j != i else { continue }
                    let (a, b) = i < j ? (i, j) : (j, i)
                    keys.append(UInt64(a) << 32 | UInt64(b))
                    kinds.append(UInt8(k))
                }
            }
        }
        // One tie per pair: sort the pair keys (with their kinds) and keep the first of each run.
        var order = Array(0..<keys.count)
        order.sort { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        progress(0.9)
        ties.reserveCapacity(keys.count)
        var previous = UInt64.max
        for o in order where keys[o] != previous {
            previous = keys[o]
            let a = Int(keys[o] >> 32)
            let b = Int(keys[o] & 0xFFFF_FFFF)
            let kind = plan[Int(kinds[o])].0
            let strength = kind == .relative ? 3 : 1 + rng.below(3)
            ties.append(Tie(people[a].id, people[b].id, kind: kind, strength: strength))
        }
        progress(1)
    }

    /// CSR-style groups: `members[offsets[g]..<offsets[g+1]]` are the people of group g.
    struct Groups {
        var offsets: [Int]
        var members: [Int32]
    }

    func groups(of labels: [Int32], count: Int) -> Groups {
        var offsets = [Int](repeating: 0, count: count + 1)
        for label in labels where label >= 0 { offsets[Int(label) + 1] += 1 }
        for g in 0..<count { offsets[g + 1] += offsets[g] }
        var fill = offsets
        var members = [Int32](repeating: 0, count: offsets[count])
        for (i, label) in labels.enumerated() where label >= 0 {
            members[fill[Int(label)]] = Int32(i)
            fill[Int(label)] += 1
        }
        return Groups(offsets: offsets, members: members)
    }

    /// A random member of a group other than `i`, or -1 when there is none.
    mutating func pick(from groups: Groups, group: Int, avoiding i: Int) -> Int {
        let lo = groups.offsets[group]
        let size = groups.offsets[group + 1] - lo
        guard size > 1 || (size == 1 && Int(groups.members[lo]) != i) else { return -1 }
        let j = Int(groups.members[lo + rng.below(size)])
        return j == i ? -1 : j
    }
}
