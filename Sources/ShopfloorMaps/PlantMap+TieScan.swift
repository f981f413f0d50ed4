import ShopfloorModel

extension PlantMapBuilder {
    /// The ties a plant map draws, in the graph's order: those from a member of a nearby street cell
    /// (`streetMembers`) into the plant (`plantIDs`), and those between two different people of the plant.
    ///
    /// One pass over every tie of the graph, nearly all of which touch neither. A graph read from a workspace
    /// carries every tie's two positions (``OrganizingGraph/tieEnds``): then a tie is tested by two array reads
    /// and made only when it touches the plant; otherwise each end's id goes through a ``PersonFilter``.
    func tiesOfPlant(_ plantIDs: Set<Person.ID>, streetMembers: Set<Person.ID>) -> (into: [Tie], within: [Tie]) {
        var tiesIn: [Tie] = [], tiesWithin: [Tie] = []
        let ties = graph.ties
        if let ends = graph.tieEnds {
            // A tie end is the first person with its id (-1 for none), as `index(of:)` gives it.
            var inPlant = [Bool](repeating: false, count: graph.people.count), inStreet = inPlant
            for id in plantIDs { if let i = graph.index(of: id) { inPlant[i] = true } }
            for id in streetMembers { if let i = graph.index(of: id) { inStreet[i] = true } }
            for t in 0..<ties.count {
                let a = Int(ends[2 * t]), b = Int(ends[2 * t + 1])
                let (aInPlant, bInPlant) = (a >= 0 && inPlant[a], b >= 0 && inPlant[b])
                guard aInPlant || bInPlant else { continue }
                let tie = ties[t]
                if aInPlant && bInPlant && a != b { tiesWithin.append(tie) }
                if (aInPlant && b >= 0 && inStreet[b]) || (bInPlant && a >= 0 && inStreet[a]) { tiesIn.append(tie) }
            }
            return (tiesIn, tiesWithin)
        }
        let (plant, street) = (PersonFilter(plantIDs), PersonFilter(streetMembers))
        for tie in ties {
            let (aInPlant, bInPlant) = (plant.contains(tie.a), plant.contains(tie.b))
            guard aInPlant || bInPlant else { continue }
            if aInPlant && bInPlant && tie.a != tie.b { tiesWithin.append(tie) }
            if (aInPlant && street.contains(tie.b)) || (bInPlant && street.contains(tie.a)) { tiesIn.append(tie) }
        }
        return (tiesIn, tiesWithin)
    }
}
