import Foundation
import ShopfloorModel

/// The part of a committee's graph one cell is given: its seats, its target workplaces, the places it uses, the
/// workers its plans need, and the suspected informers and management of its targets, marked *avoid*.
///
/// Nothing of another cell (nobody who sits in one), and nothing of a workplace outside its targets: a member
/// working elsewhere keeps no workplace, shop or shift; a place belonging to another workplace is left out.
public enum CellPart {
    /// The tag that marks a suspected informer or management in a cell's part.
    public static let avoidTag = "avoid"

    /// The cell's part of `graph`. `planPeople`: the people on the cell's reach plans (worked out by the
    /// planner). Without `revealNames`, everyone outside the cell's own seats appears under their alias.
    public static func of(
        _ graph: OrganizingGraph, cell id: Cell.ID, planPeople: Set<Person.ID>, revealNames: Bool, aliasSecret: String,
        path: String
    ) throws(StoreError) -> OrganizingGraph {
        guard let cell = graph.cell(id) else {
            throw .notFound(path: path, what: "cell", id: id.rawValue,
                hint: Suggestion.hint(for: id.rawValue, among: graph.cells.map(\.id.rawValue), noun: "cell"))
        }
        let targets = Set(cell.reachedWorkplaces)
        let seats = Set(cell.members + cell.committee)
        func atTarget(_ person: Person.ID) -> Bool { graph.person(person)?.workplace.map(targets.contains) ?? false }
        var chosen = seats.union(planPeople.filter { graph.person($0) != nil })
        for person in graph.people where person.isDanger && person.workplace.map(targets.contains) == true {
            chosen.insert(person.id)
        }
        for tie in graph.ties {
            if seats.contains(tie.a), atTarget(tie.b) { chosen.insert(tie.b) }
            if seats.contains(tie.b), atTarget(tie.a) { chosen.insert(tie.a) }
        }
        // Nobody who sits in another cell: a cell learns nothing of the others.
        chosen.subtract(Set(graph.cells.filter { $0.id != id }.flatMap { $0.members + $0.committee }).subtracting(seats))
        // Places: the cell's neighbourhood, its targets' places and gates, and what its people refer to, never
        // a place of another workplace.
        func allowed(_ place: Place.ID) -> Bool {
            guard let p = graph.place(place) else { return false }
            return p.workplace.map(targets.contains) ?? true
        }
        var places = Set([cell.neighbourhood].compactMap { $0 })
        for workplace in graph.workplaces where targets.contains(workplace.id) {
            places.formUnion([workplace.neighbourhood].compactMap { $0 } + workplace.shifts.compactMap(\.gate))
        }
        places.formUnion(graph.places.filter { $0.workplace.map(targets.contains) == true }.map(\.id))
        var people: [Person] = []
        for person in graph.people where chosen.contains(person.id) {
            var kept = person
            if !(person.workplace.map(targets.contains) ?? false) {
                kept.workplace = nil
                kept.shop = nil
                kept.shift = nil
            }
            kept.home = person.home.flatMap { allowed($0) ? $0 : nil }
            kept.frequents = person.frequents.filter(allowed)
            places.formUnion([kept.home].compactMap { $0 } + kept.frequents)
            if person.isDanger, !kept.tags.contains(avoidTag) { kept.tags.append(avoidTag) }
            people.append(kept)
        }
        var contacts = graph.contacts.filter { chosen.contains($0.by) && chosen.contains($0.with) }
        for i in contacts.indices {
            contacts[i].place = contacts[i].place.flatMap { allowed($0) ? $0 : nil }
            if let place = contacts[i].place { places.insert(place) }
        }
        var grew = true
        while grew {
            grew = false
            for place in graph.places where places.contains(place.id) {
                if let n = place.neighbourhood, allowed(n), places.insert(n).inserted { grew = true }
            }
        }
        var workplaces = graph.workplaces.filter { targets.contains($0.id) }
        for i in workplaces.indices where !(workplaces[i].neighbourhood.map(places.contains) ?? true) {
            workplaces[i].neighbourhood = nil
        }
        var placeList = graph.places.filter { places.contains($0.id) }
        for i in placeList.indices where !(placeList[i].neighbourhood.map(places.contains) ?? true) {
            placeList[i].neighbourhood = nil
        }
        var part = OrganizingGraph(name: graph.name + " — " + (cell.name ?? cell.id.rawValue), workplaces: workplaces,
            people: people, cells: [cell], places: placeList,
            ties: graph.ties.filter { chosen.contains($0.a) && chosen.contains($0.b) }, contacts: contacts)
        if !revealNames { part = Redaction(aliases: PersonAliases(graph: graph, key: AliasKey(secret: aliasSecret))).apply(to: part, keeping: seats) }
        let problems = part.violations()
        guard problems.isEmpty else {
            throw .rejected(path: path, action: "bundle out", diagnostics: problems.map { v in
                Diagnostic(file: path, field: v.field, id: v.id, message: v.message, hint: v.hint)
            })
        }
        return part
    }
}
