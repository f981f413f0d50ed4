import ShopfloorModel

/// Everything that can go wrong building a map: ids that name nothing, plans that do not fit the graph.
public enum MapError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The workplace asked for does not exist.
    case unknownWorkplace(id: String, known: [String])
    /// No workplace lies in the district asked for.
    case unknownDistrict(name: String, known: [String])
    /// The plan has no paths a plant map can draw (a gates or attach plan).
    case planWithoutPaths(path: String, kind: String)
    /// The plan reaches into another workplace than the map shows.
    case planForOtherWorkplace(path: String, plan: String, map: String)
    /// A plan step names a person, place or `SHOP@SHIFT` segment the graph (or the map of the workplace) lacks.
    case planReference(path: String, id: String, step: String)

    public var description: String {
        switch self {
        case .unknownWorkplace(let id, let known):
            return "there is no workplace '\(id)'" + Self.hint(id, known, noun: "workplace")
        case .unknownDistrict(let name, let known):
            return "no workplace lies in district '\(name)'" + Self.hint(name, known, noun: "district")
        case .planWithoutPaths(let path, let kind):
            return "\(path): a \(kind) plan has no paths to draw; draw a reach, core or expand plan"
        case .planForOtherWorkplace(let path, let plan, let map):
            return "\(path): the plan reaches into '\(plan)', but the map is of '\(map)'; "
                + "draw the map of '\(plan)', or give a plan made for '\(map)'"
        case .planReference(let path, let id, let step):
            return "\(path): \(step) names '\(id)', which is not a person, place or SHOP@SHIFT segment "
                + "of this map; was the plan made from another graph?"
        }
    }

    private static func hint(_ word: String, _ known: [String], noun: String) -> String {
        guard !known.isEmpty else { return "; the graph has no \(noun)s" }
        // The one "did you mean" rule of the package (edit distance, or a shared prefix of four letters).
        if let close = Suggestion.nearest(to: word, in: known) { return "; did you mean '\(close)'?" }
        let shown = known.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return "; known \(noun)s: \(shown)\(known.count > 8 ? ", …" : "")"
    }
}
