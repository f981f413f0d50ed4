import ShopfloorModel
import ShopfloorText

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
            return Text.string("mapError.unknownWorkplace", ["id": "\(id)"]) + Self.hint(id, known, noun: .workplace)
        case .unknownDistrict(let name, let known):
            return Text.string("mapError.unknownDistrict", ["name": "\(name)"]) + Self.hint(name, known, noun: .district)
        case .planWithoutPaths(let path, let kind):
            return Text.string("mapError.planWithoutPaths", ["path": "\(path)", "kind": "\(kind)"])
        case .planForOtherWorkplace(let path, let plan, let map):
            return Text.string("mapError.planForOtherWorkplace", ["path": "\(path)", "plan": "\(plan)", "map": "\(map)"])
        case .planReference(let path, let id, let step):
            return Text.string("mapError.planReference", ["path": "\(path)", "id": "\(id)", "step": "\(step)"])
        }
    }

    /// What a hint lists: workplaces or districts.
    private enum Noun { case workplace, district }

    private static func hint(_ word: String, _ known: [String], noun: Noun) -> String {
        guard !known.isEmpty else {
            return Text.string(noun == .workplace ? "mapError.noWorkplaces" : "mapError.noDistricts")
        }
        // The one "did you mean" rule of the package (edit distance, or a shared prefix of four letters).
        if let close = Suggestion.nearest(to: word, in: known) { return Text.string("mapError.didYouMean", ["word": "\(close)"]) }
        let shown = known.prefix(8).map { "'\($0)'" }.joined(separator: ", ") + (known.count > 8 ? ", …" : "")
        return Text.string(noun == .workplace ? "mapError.knownWorkplaces" : "mapError.knownDistricts", ["list": "\(shown)"])
    }
}
