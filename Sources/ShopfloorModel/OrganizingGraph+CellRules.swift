import ShopfloorText

/// The cell rules of the seed's resolutions, checked over the whole graph.
extension OrganizingGraph {
    /// The findings of the cell rules, most serious first (critical, warning, info), then in the order of the
    /// cells and workplaces.
    ///
    /// A worker is *in contact* when a logged contact with them was not refused or missed, or when they have a
    /// tie to a party member.
    ///
    /// People are named in the messages as `name` writes them: their alias in what is shown by default (see
    /// ``PersonAliases``), their id when nothing is given.
    ///
    /// - Complexity: O(P·W + T + C·M) for P people, W workplaces, T ties and C cells of M members.
    public func cellRuleFindings(naming name: (Person.ID) -> String = { $0.rawValue }) -> [Finding] {
        var findings: [Finding] = []
        var workplaceCellOf: [Workplace.ID: [Cell]] = [:]
        var cellsOfPerson: [Person.ID: [Cell]] = [:]
        for cell in cells {
            if cell.kind == .workplace, let w = cell.workplace { workplaceCellOf[w, default: []].append(cell) }
            for m in Set(cell.members) { cellsOfPerson[m, default: []].append(cell) }
        }

        for cell in cells {
            // A suspected informer or a management person in a cell (as a member or on its committee) learns who
            // the communists are and what the cell does [res. 15, 16].
            var seen: Set<Person.ID> = []
            let dangerous = (cell.members + cell.committee).filter { id in
                seen.insert(id).inserted && person(id)?.isDanger == true
            }
            if !dangerous.isEmpty {
                let who = dangerous.map { id in
                    "'\(name(id))' (" + Text.string(person(id)?.affiliation == .informer ? "rule.dangerInCell.informer" : "rule.dangerInCell.management") + ")"
                }.joined(separator: ", ")
                findings.append(Finding(.dangerInCell, severity: .critical, cell: cell.id, workplace: cell.workplace,
                    people: dangerous,
                    message: Text.string("rule.dangerInCell", ["cell": "\(cell.id)", "who": "\(who)"])))
            }
            let size = Set(cell.members).count
            if size < Cell.minimumMembers {
                findings.append(Finding(.cellTooSmall, cell: cell.id, workplace: cell.workplace,
                    people: cell.members,
                    message: Text.plural("rule.cellTooSmall", count: size, ["cell": "\(cell.id)", "minimum": .integer(Cell.minimumMembers)])))
            }
            let committee = Set(cell.committee).count
            if committee == 0 {
                if size >= Cell.minimumMembers {
                    findings.append(Finding(.noCommittee, severity: .info, cell: cell.id, workplace: cell.workplace,
                        message: Text.string("rule.noCommittee", ["cell": "\(cell.id)", "size": .integer(size)])))
                }
            } else if !Cell.committeeSize.contains(committee) {
                findings.append(Finding(.committeeSize, cell: cell.id, workplace: cell.workplace,
                    people: cell.committee,
                    message: Text.string("rule.committeeSize", ["cell": "\(cell.id)", "committee": .integer(committee)])))
            }
        }

        // "In contact": met by the organization (a logged contact that was not refused) or tied to a member. Kept
        // by position (the first person of each id, as `index(of:)`), without copying a person (a person is
        // eleven strings: copying a million of them was a tenth of a cold `report penetration`), making a tie
        // or hashing an id per tie.
        var contactAt = [Bool](repeating: false, count: people.count)
        for contact in contacts where contact.outcome != .negative && contact.outcome != .noShow {
            if let i = index(of: contact.with) { contactAt[i] = true }
        }
        var memberPositions: [Int] = []
        people.withUnsafeBufferPointer { people in
            for i in people.indices where people[i].isMember { memberPositions.append(i) }
        }
        var memberAt = [Bool](repeating: false, count: people.count)
        for i in memberPositions {
            if let first = index(of: people[i].id) { memberAt[first] = true }
        }
        if let ends = tieEnds {
            // The ties' positions are known: no lookup per tie end.
            for t in 0..<ties.count {
                let a = Int(ends[2 * t]), b = Int(ends[2 * t + 1])
                if a >= 0, b >= 0 {
                    if memberAt[a] { contactAt[b] = true }
                    if memberAt[b] { contactAt[a] = true }
                }
            }
        } else {
            for tie in ties {
                guard let a = index(of: tie.a), let b = index(of: tie.b) else { continue }
                if memberAt[a] { contactAt[b] = true }
                if memberAt[b] { contactAt[a] = true }
            }
        }
        // Whether the person at a position is in contact (a later person of a repeated id: as the first).
        func inContact(_ i: Int) -> Bool {
            if contactAt[i] { return true }
            guard let first = index(of: people[i].id), first != i else { return false }
            return contactAt[first]
        }

        var membersAt: [Workplace.ID: [Person]] = [:]
        for i in memberPositions {
            let person = people[i]
            guard let w = person.workplace else {
                if cellsOfPerson[person.id] == nil {
                    findings.append(Finding(.memberWithoutCell, people: [person.id],
                        message: Text.string("rule.memberWithoutCell", ["member": "\(name(person.id))"])))
                }
                continue
            }
            membersAt[w, default: []].append(person)
            let mine = cellsOfPerson[person.id] ?? []
            if let local = workplaceCellOf[w], !local.isEmpty {
                if !mine.contains(where: { $0.kind == .workplace && $0.workplace == w }) {
                    findings.append(Finding(.memberOutsideCell, cell: local[0].id, workplace: w, people: [person.id],
                        message: Text.string("rule.memberOutsideCell", ["member": "\(name(person.id))", "workplace": "\(w)", "cell": "\(local[0].id)"])))
                }
                for street in mine where street.kind == .street {
                    findings.append(Finding(.streetMemberWithWorkplaceCell, cell: street.id, workplace: w,
                        people: [person.id],
                        message: Text.string("rule.streetMemberWithWorkplaceCell", ["member": "\(name(person.id))", "street": "\(street.id)",
                            "workplace": "\(w)", "cell": "\(local[0].id)"])))
                }
            }
        }

        // Supportive workers in contact, by workplace, in one pass (not one pass over all people per workplace:
        // that was 25 s for a million people in 4,000 workplaces).
        var supportiveAt: [Workplace.ID: [Person.ID]] = [:]
        people.withUnsafeBufferPointer { people in
            for i in people.indices where !people[i].isMember && !people[i].isDanger && people[i].assessment.isRevolutionaryMinded {
                if let w = people[i].workplace, inContact(i) { supportiveAt[w, default: []].append(people[i].id) }
            }
        }

        for workplace in workplaces {
            let w = workplace.id
            let members = membersAt[w] ?? []
            let hasCell = !(workplaceCellOf[w] ?? []).isEmpty
            if !hasCell && (1...2).contains(members.count) {
                let loose = members.filter { m in
                    !(cellsOfPerson[m.id] ?? []).contains { $0.kind == .workplace }
                }
                if !loose.isEmpty {
                    findings.append(Finding(.unattachedMembers, workplace: w, people: loose.map(\.id),
                        message: Text.plural("rule.unattachedMembers", count: members.count, ["workplace": "\(w)",
                            "loose": "\(loose.map { "'\(name($0.id))'" }.joined(separator: ", "))"])))
                }
            }
            if !hasCell && members.count >= Cell.minimumMembers {
                findings.append(Finding(.membersWithoutCell, workplace: w, people: members.map(\.id),
                    message: Text.string("rule.membersWithoutCell", ["workplace": "\(w)", "members": .integer(members.count)])))
            }
            if !hasCell && members.count < Cell.minimumMembers {
                let contacts = supportiveAt[w] ?? []
                if members.count + contacts.count >= Cell.minimumMembers {
                    findings.append(Finding(.readyToOrganize, severity: .info, workplace: w,
                        people: members.map(\.id) + contacts,
                        message: Text.string("rule.readyToOrganize", ["workplace": "\(w)",
                            "members": "\(Text.plural("rule.readyToOrganize.members", count: members.count))",
                            "contacts": "\(Text.plural("rule.readyToOrganize.contacts", count: contacts.count))"])))
                }
            }
        }
        return findings.enumerated()
            .sorted { lhs, rhs in
                lhs.element.severity != rhs.element.severity
                    ? lhs.element.severity < rhs.element.severity : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
