import Foundation
import ShopfloorModel
import ShopfloorTestSupport
@testable import ShopfloorStore

/// The store tests' fixture files.
enum Fixture {
    /// The Fixtures folder beside these tests.
    static let folder = PackageRoot.path("Tests/ShopfloorStoreTests/Fixtures")

    static func path(_ name: String) -> String { folder + "/" + name }

    /// The CSV files of one LibreOffice variant (comma, semicolon, tab), sorted by name.
    static func libreOffice(_ variant: String) -> [String] {
        let dir = path("libreoffice/\(variant)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { dir + "/" + $0 }
    }
}

/// A graph in a form that compares equal when two graphs hold the same records, whatever their order.
struct Canonical: Equatable, CustomStringConvertible {
    var name: String
    var workplaces: [Workplace]
    var places: [Place]
    var people: [Person]
    var cells: [Cell]
    var ties: [String]
    var contacts: [String]

    init(_ g: OrganizingGraph) {
        name = g.name
        workplaces = g.workplaces.sorted { $0.id < $1.id }
        places = g.places.sorted { $0.id < $1.id }
        people = g.people.sorted { $0.id < $1.id }
        cells = g.cells.sorted { $0.id < $1.id }
        ties = g.ties.map { "\($0.a)|\($0.b)|\($0.kind)|\($0.strength)" }.sorted()
        contacts = g.contacts.map { "\($0)" }.sorted()
    }

    var description: String {
        "\(workplaces.count) workplaces, \(places.count) places, \(people.count) people, \(cells.count) cells, "
            + "\(ties.count) ties, \(contacts.count) contacts"
    }
}

extension Workspace {
    /// A workspace with cheap scrypt parameters, for tests.
    static func makeForTest(at path: String, passphrase: String? = nil) throws -> Workspace {
        try create(at: path, passphrase: passphrase, parameters: .testing)
    }

    /// A test workspace holding the Gebze sample graph.
    static func gebzeForTest(at path: String, passphrase: String? = nil) throws -> Workspace {
        let workspace = try makeForTest(at: path, passphrase: passphrase)
        try workspace.replaceGraph(with: try GraphFile.load(path: Fixture.path("gebze.yaml")), action: "test")
        return workspace
    }
}
