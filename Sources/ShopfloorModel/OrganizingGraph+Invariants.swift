import ShopfloorText
/// Referential and range checks of an organizing graph.
extension OrganizingGraph {
    /// Every broken invariant of the graph, in file order (workplaces, places, people, cells, ties, contacts).
    ///
    /// - Complexity: O(V + E) plus hint search for the references that point at nothing.
    public func violations() -> [Violation] {
        var out: [Violation] = []
        checkWorkplaces(&out)
        checkPlaces(&out)
        checkPeople(&out)
        checkCells(&out)
        checkTies(&out)
        checkContacts(&out)
        return out
    }

    private func duplicates<ID: Hashable>(_ ids: [ID]) -> Set<Int> {
        var seen: Set<ID> = []
        var repeated: Set<Int> = []
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted { repeated.insert(i) }
        return repeated
    }

    /// Every person id, for hints (computed only when a reference is broken).
    private var personIDs: [String] { people.map(\.id.rawValue) }

    /// Every place id, for hints.
    private var placeIDs: [String] { places.map(\.id.rawValue) }

    private var neighbourhoodIDs: [String] {
        places.filter { $0.kind == .neighbourhood }.map(\.id.rawValue)
    }

    private func checkNeighbourhood(
        _ ref: Place.ID?, _ collection: Violation.Collection, _ index: Int, _ id: String, field: String,
        into out: inout [Violation]
    ) {
        guard let ref else { return }
        guard let place = place(ref) else {
            out.append(Violation(collection, index: index, id: id, field: field,
                message: Text.string("graph.neighbourhoodDoesNotExist", ["ref": "\(ref)"]), missing: ref.rawValue,
                hint: Suggestion.hint(for: ref.rawValue, among: neighbourhoodIDs, noun: "neighbourhood")))
            return
        }
        if place.kind != .neighbourhood {
            out.append(Violation(collection, index: index, id: id, field: field,
                message: Text.string("graph.isANotA", ["ref": "\(ref)", "kind": "\(place.kind.rawValue)"]),
                hint: Suggestion.hint(for: ref.rawValue, among: neighbourhoodIDs, noun: "neighbourhood")))
        }
    }

    private func checkWorkplaces(_ out: inout [Violation]) {
        let dupWorkplaces = duplicates(workplaces.map(\.id))
        var seenShops: Set<Shop.ID> = []
        var seenShifts: Set<Shift.ID> = []
        for (w, workplace) in workplaces.enumerated() {
            let id = workplace.id.rawValue
            if dupWorkplaces.contains(w) {
                out.append(Violation(.workplaces, index: w, id: id, field: "id",
                    message: Text.string("graph.workplaceIdIsUsed", ["id": "\(id)"]), hint: Text.string("graph.giveEachWorkplaceIts")))
            }
            if workplace.headcount < 0 {
                out.append(Violation(.workplaces, index: w, id: id, field: "headcount",
                    message: Text.string("graph.headcountIsNegative", ["headcount": "\(workplace.headcount)"]), hint: Text.string("graph.writeTheNumberOf")))
            } else if workplace.headcount > Workplace.maximumHeadcount {
                out.append(Violation(.workplaces, index: w, id: id, field: "headcount",
                    message: Text.string("graph.headcountIsMoreThan", ["headcount": "\(workplace.headcount)"]),
                    hint: Text.string("graph.writeTheNumberOf2", ["maximumHeadcount": "\(Workplace.maximumHeadcount)"])))
            }
            checkNeighbourhood(workplace.neighbourhood, .workplaces, w, id, field: "neighbourhood", into: &out)
            for (s, shop) in workplace.shops.enumerated() {
                if !seenShops.insert(shop.id).inserted {
                    out.append(Violation(.shops, index: s, parentIndex: w, id: shop.id.rawValue, field: "id",
                        message: Text.string("graph.shopIdIsUsed", ["id": "\(shop.id)"]),
                        hint: Text.string("graph.shopIdsAreGlobal", ["id": "\(id)", "id2": "\(shop.id)"])))
                }
                if shop.headcount < 0 {
                    out.append(Violation(.shops, index: s, parentIndex: w, id: shop.id.rawValue,
                        field: "headcount", message: Text.string("graph.headcountIsNegative", ["headcount": "\(shop.headcount)"])))
                } else if shop.headcount > Workplace.maximumHeadcount {
                    out.append(Violation(.shops, index: s, parentIndex: w, id: shop.id.rawValue, field: "headcount",
                        message: Text.string("graph.headcountIsMoreThan", ["headcount": "\(shop.headcount)"]),
                        hint: Text.string("graph.writeTheNumberOf2", ["maximumHeadcount": "\(Workplace.maximumHeadcount)"])))
                }
            }
            // Each headcount clamped into its range first: a stored 2⁶³−1 is a violation above, never a trap here.
            let shopTotal = workplace.shops.reduce(0) { $0 + min(max($1.headcount, 0), Workplace.maximumHeadcount) }
            if shopTotal > workplace.headcount && workplace.headcount > 0 {
                out.append(Violation(.workplaces, index: w, id: id, field: "headcount",
                    message: Text.string("graph.theShopsAddUp", ["shopTotal": "\(shopTotal)", "headcount": "\(workplace.headcount)"]),
                    hint: Text.string("graph.raiseTheWorkplaceHeadcount")))
            }
            let gateIDs = gates(of: workplace.id).map(\.id.rawValue)
            for (s, shift) in workplace.shifts.enumerated() {
                if !seenShifts.insert(shift.id).inserted {
                    out.append(Violation(.shifts, index: s, parentIndex: w, id: shift.id.rawValue, field: "id",
                        message: Text.string("graph.shiftIdIsUsed", ["id": "\(shift.id)"]),
                        hint: Text.string("graph.shiftIdsAreGlobal", ["id": "\(id)", "id2": "\(shift.id)"])))
                }
                if shift.start == shift.end {
                    out.append(Violation(.shifts, index: s, parentIndex: w, id: shift.id.rawValue, field: "end",
                        message: Text.string("graph.theShiftEndsWhen", ["start": "\(shift.start)"]),
                        hint: Text.string("graph.aHourShiftIs")))
                }
                if let gate = shift.gate, !gateIDs.contains(gate.rawValue) {
                    let other = place(gate)
                    let message = other == nil ? Text.string("graph.gateDoesNotExist", ["gate": "\(gate)"])
                        : Text.string("graph.notAGateOf", ["gate": "\(gate)", "workplace": "\(id)"])
                    out.append(Violation(.shifts, index: s, parentIndex: w, id: shift.id.rawValue, field: "gate",
                        message: message, hint: Suggestion.hint(for: gate.rawValue, among: gateIDs, noun: "gate")))
                }
            }
        }
    }

    private func checkPlaces(_ out: inout [Violation]) {
        let dup = duplicates(places.map(\.id))
        let workplaceIDs = workplaces.map(\.id.rawValue)
        for (p, place) in places.enumerated() {
            let id = place.id.rawValue
            if dup.contains(p) {
                out.append(Violation(.places, index: p, id: id, field: "id",
                    message: Text.string("graph.placeIdIsUsed", ["id": "\(id)"]), hint: Text.string("graph.gatesCountAsPlaces")))
            }
            if place.kind != .neighbourhood {
                checkNeighbourhood(place.neighbourhood, .places, p, id, field: "neighbourhood", into: &out)
            }
            if let w = place.workplace, index(of: w) == nil {
                out.append(Violation(.places, index: p, id: id, field: "workplace",
                    message: Text.string("graph.workplaceDoesNotExist", ["w": "\(w)"]), missing: w.rawValue,
                    hint: Suggestion.hint(for: w.rawValue, among: workplaceIDs, noun: "workplace")))
            }
            if place.kind == .gate && place.workplace == nil {
                out.append(Violation(.places, index: p, id: id, field: "workplace",
                    message: Text.string("graph.gateBelongsToNo", ["id": "\(id)"]),
                    hint: Text.string("graph.listGatesUnderTheir")))
            }
        }
    }

    private func checkPeople(_ out: inout [Violation]) {
        let dup = duplicates(people.map(\.id))
        let workplaceIDs = workplaces.map(\.id.rawValue)
        var allShopIDs: [String] { workplaces.flatMap { $0.shops.map(\.id.rawValue) } }
        var allShiftIDs: [String] { workplaces.flatMap { $0.shifts.map(\.id.rawValue) } }
        for (i, person) in people.enumerated() {
            let id = person.id.rawValue
            if dup.contains(i) {
                out.append(Violation(.people, index: i, id: id, field: "id",
                    message: Text.string("graph.personIdIsUsed", ["id": "\(id)"]), hint: Text.string("graph.giveEachPersonTheir")))
            }
            var workplaceKnown = false
            if let w = person.workplace {
                if index(of: w) == nil {
                    out.append(Violation(.people, index: i, id: id, field: "workplace",
                        message: Text.string("graph.workplaceDoesNotExist", ["w": "\(w)"]), missing: w.rawValue,
                        hint: Suggestion.hint(for: w.rawValue, among: workplaceIDs, noun: "workplace")))
                } else {
                    workplaceKnown = true
                }
            }
            var ownShops: [String] { person.workplace.flatMap { workplace($0) }?.shops.map(\.id.rawValue) ?? [] }
            var ownShifts: [String] { person.workplace.flatMap { workplace($0) }?.shifts.map(\.id.rawValue) ?? [] }
            if let s = person.shop {
                if person.workplace == nil, shop(s) == nil {
                    out.append(Violation(.people, index: i, id: id, field: "shop",
                        message: Text.string("graph.shopDoesNotExist", ["s": "\(s)"]), missing: s.rawValue,
                        hint: Suggestion.hint(for: s.rawValue, among: allShopIDs, noun: "shop")))
                } else if person.workplace == nil {
                    out.append(Violation(.people, index: i, id: id, field: "shop",
                        message: Text.string("graph.hasShopButNo", ["s": "\(s)"]), hint: Text.string("graph.addWorkplaceForThis")))
                } else if let owner = shop(s) {
                    if workplaceKnown, owner.workplace.id != person.workplace {
                        out.append(Violation(.people, index: i, id: id, field: "shop",
                            message: Text.string("graph.shopBelongsToWorkplace", ["s": "\(s)", "id": "\(owner.workplace.id)", "workplace": "\(person.workplace!)"]),
                            hint: Suggestion.hint(for: s.rawValue, among: ownShops, noun: "shop")))
                    }
                } else {
                    out.append(Violation(.people, index: i, id: id, field: "shop",
                        message: Text.string("graph.shopDoesNotExist", ["s": "\(s)"]), missing: s.rawValue,
                        hint: Suggestion.hint(for: s.rawValue, among: ownShops, noun: "shop")))
                }
            }
            if let s = person.shift {
                if person.workplace == nil, shift(s) == nil {
                    out.append(Violation(.people, index: i, id: id, field: "shift",
                        message: Text.string("graph.shiftDoesNotExist", ["s": "\(s)"]), missing: s.rawValue,
                        hint: Suggestion.hint(for: s.rawValue, among: allShiftIDs, noun: "shift")))
                } else if person.workplace == nil {
                    out.append(Violation(.people, index: i, id: id, field: "shift",
                        message: Text.string("graph.hasShiftButNo", ["s": "\(s)"]), hint: Text.string("graph.addWorkplaceForThis")))
                } else if let owner = shift(s) {
                    if workplaceKnown, owner.workplace.id != person.workplace {
                        out.append(Violation(.people, index: i, id: id, field: "shift",
                            message: Text.string("graph.shiftBelongsToWorkplace", ["s": "\(s)", "id": "\(owner.workplace.id)", "workplace": "\(person.workplace!)"]),
                            hint: Suggestion.hint(for: s.rawValue, among: ownShifts, noun: "shift")))
                    }
                } else {
                    out.append(Violation(.people, index: i, id: id, field: "shift",
                        message: Text.string("graph.shiftDoesNotExist", ["s": "\(s)"]), missing: s.rawValue,
                        hint: Suggestion.hint(for: s.rawValue, among: ownShifts, noun: "shift")))
                }
            }
            checkNeighbourhood(person.home, .people, i, id, field: "home", into: &out)
            for f in person.frequents where index(of: f) == nil {
                out.append(Violation(.people, index: i, id: id, field: "frequents",
                    message: Text.string("graph.placeDoesNotExist", ["f": "\(f)"]), missing: f.rawValue,
                    hint: Suggestion.hint(for: f.rawValue, among: placeIDs, noun: "place")))
            }
        }
    }

    private func checkCells(_ out: inout [Violation]) {
        let dup = duplicates(cells.map(\.id))
        let workplaceIDs = workplaces.map(\.id.rawValue)
        for (c, cell) in cells.enumerated() {
            let id = cell.id.rawValue
            if dup.contains(c) {
                out.append(Violation(.cells, index: c, id: id, field: "id",
                    message: Text.string("graph.cellIdIsUsed", ["id": "\(id)"]), hint: Text.string("graph.giveEachCellIts")))
            }
            switch cell.kind {
            case .workplace:
                if cell.workplace == nil {
                    out.append(Violation(.cells, index: c, id: id, field: "workplace",
                        message: Text.string("graph.aWorkplaceCellNeeds"),
                        hint: Text.string("graph.addWorkplaceOrMake")))
                }
            case .street:
                if let w = cell.workplace {
                    out.append(Violation(.cells, index: c, id: id, field: "workplace",
                        message: Text.string("graph.aStreetCellHas", ["w": "\(w)"]),
                        hint: Text.string("graph.useTargetsForThe")))
                }
            }
            if let w = cell.workplace, index(of: w) == nil {
                out.append(Violation(.cells, index: c, id: id, field: "workplace",
                    message: Text.string("graph.workplaceDoesNotExist", ["w": "\(w)"]), missing: w.rawValue,
                    hint: Suggestion.hint(for: w.rawValue, among: workplaceIDs, noun: "workplace")))
            }
            checkNeighbourhood(cell.neighbourhood, .cells, c, id, field: "neighbourhood", into: &out)
            for t in cell.targets where index(of: t) == nil {
                out.append(Violation(.cells, index: c, id: id, field: "targets",
                    message: Text.string("graph.workplaceDoesNotExist2", ["t": "\(t)"]), missing: t.rawValue,
                    hint: Suggestion.hint(for: t.rawValue, among: workplaceIDs, noun: "workplace")))
            }
            var seen: Set<Person.ID> = []
            for m in cell.members {
                if index(of: m) == nil {
                    out.append(Violation(.cells, index: c, id: id, field: "members",
                        message: Text.string("graph.personDoesNotExist", ["m": "\(m)"]), missing: m.rawValue,
                        hint: Suggestion.hint(for: m.rawValue, among: personIDs, noun: "person")))
                } else if !seen.insert(m).inserted {
                    out.append(Violation(.cells, index: c, id: id, field: "members",
                        message: Text.string("graph.isListedTwice", ["m": "\(m)"]), hint: Text.string("graph.listEachMemberOnce")))
                }
            }
            for m in cell.committee where !cell.members.contains(m) {
                out.append(Violation(.cells, index: c, id: id, field: "committee",
                    message: Text.string("graph.committeeMemberIsNot", ["m": "\(m)", "id": "\(id)"]),
                    hint: Text.string("graph.addToTheCell", ["m": "\(m)"])))
            }
        }
    }

    private func checkTies(_ out: inout [Violation]) {
        var seen = TiePairSet(capacity: ties.count)
        let ends = tieEnds
        for (t, tie) in ties.enumerated() {
            var label: String { "\(tie.a)–\(tie.b)" }
            let a: Int?, b: Int?
            if let ends {
                (a, b) = (ends[2 * t] < 0 ? nil : Int(ends[2 * t]), ends[2 * t + 1] < 0 ? nil : Int(ends[2 * t + 1]))
            } else {
                (a, b) = (index(of: tie.a), index(of: tie.b))
            }
            if a == nil || b == nil {
                for (field, end, found) in [("a", tie.a, a), ("b", tie.b, b)] where found == nil {
                    out.append(Violation(.ties, index: t, id: label, field: field,
                        message: Text.string("graph.personDoesNotExist2", ["end": "\(end)"]), missing: end.rawValue,
                        hint: Suggestion.hint(for: end.rawValue, among: personIDs, noun: "person")))
                }
            }
            if tie.a == tie.b {
                out.append(Violation(.ties, index: t, id: label, field: "b",
                    message: Text.string("graph.aTieFromTo", ["a": "\(tie.a)"]), hint: Text.string("graph.aTieJoinsTwo")))
            }
            if !Tie.strengthRange.contains(tie.strength) {
                out.append(Violation(.ties, index: t, id: label, field: "strength",
                    message: Text.string("graph.strengthIsNotWithin", ["strength": "\(tie.strength)"]),
                    hint: Text.string("graph.weakAcquaintanceOrdinaryStrong")))
            }
            // One id has one position (the first person with it), so positions stand for ids here.
            guard let a, let b else { continue }
            if !seen.insert(Int32(a), Int32(b), kind: tie.kind) {
                out.append(Violation(.ties, index: t, id: label, field: "kind",
                    message: Text.string("graph.theTieBetweenAnd", ["kind": "\(tie.kind.rawValue)", "a": "\(tie.a)", "b": "\(tie.b)"]),
                    hint: Text.string("graph.keepOneAndSet")))
            }
        }
    }

    private func checkContacts(_ out: inout [Violation]) {
        for (c, contact) in contacts.enumerated() {
            var label: String { "\(contact.date) \(contact.by)→\(contact.with)" }
            for (field, end) in [("by", contact.by), ("with", contact.with)] where index(of: end) == nil {
                out.append(Violation(.contacts, index: c, id: label, field: field,
                    message: Text.string("graph.personDoesNotExist2", ["end": "\(end)"]), missing: end.rawValue,
                    hint: Suggestion.hint(for: end.rawValue, among: personIDs, noun: "person")))
            }
            if contact.by == contact.with {
                out.append(Violation(.contacts, index: c, id: label, field: "with",
                    message: Text.string("graph.aContactOfWith", ["by": "\(contact.by)"]), hint: Text.string("graph.nameThePersonMet")))
            }
            if let p = contact.place, index(of: p) == nil {
                out.append(Violation(.contacts, index: c, id: label, field: "place",
                    message: Text.string("graph.placeDoesNotExist2", ["p": "\(p)"]), missing: p.rawValue,
                    hint: Suggestion.hint(for: p.rawValue, among: placeIDs, noun: "place")))
            }
        }
    }
}
