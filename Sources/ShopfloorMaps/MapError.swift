/// Everything that can go wrong building a map: ids that name nothing, plans that do not fit the graph.
public enum MapError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The workplace asked for does not exist.
    case unknownWorkplace(id: String, known: [String])
    /// No workplace lies in the district asked for.
    case unknownDistrict(name: String, known: [String])
    /// The plan file could not be read or decoded.
    case planUnreadable(path: String, reason: String)
    /// The plan reaches into another workplace than the map shows.
    case planForOtherWorkplace(path: String, plan: String, map: String)
    /// A plan step names an id that is not a person, cell, place or `SHOP@SHIFT` segment of the graph.
    case planReference(path: String, id: String, step: String)

    public var description: String {
        switch self {
        case .unknownWorkplace(let id, let known):
            return "there is no workplace '\(id)'" + Self.hint(id, known, noun: "workplace")
        case .unknownDistrict(let name, let known):
            return "no workplace lies in district '\(name)'" + Self.hint(name, known, noun: "district")
        case .planUnreadable(let path, let reason):
            return "\(path): cannot read the plan: \(reason); a plan file is the JSON form of a plan"
        case .planForOtherWorkplace(let path, let plan, let map):
            return "\(path): the plan reaches into '\(plan)', but the map is of '\(map)'; "
                + "draw the map of '\(plan)', or give a plan made for '\(map)'"
        case .planReference(let path, let id, let step):
            return "\(path): \(step) names '\(id)', which is not a person, cell, place or SHOP@SHIFT segment "
                + "of this graph; was the plan made from another graph?"
        }
    }

    private static func hint(_ word: String, _ known: [String], noun: String) -> String {
        guard !known.isEmpty else { return "; the graph has no \(noun)s" }
        let lower = word.lowercased()
        if let close = known.first(where: { $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased()) }) {
            return "; did you mean '\(close)'?"
        }
        let shown = known.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return "; known \(noun)s: \(shown)\(known.count > 8 ? ", …" : "")"
    }
}
