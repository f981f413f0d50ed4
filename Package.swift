// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Shopfloor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "shopfloor", targets: ["shopfloor"]),
        .library(name: "ShopfloorText", targets: ["ShopfloorText"]),
        .library(name: "ShopfloorModel", targets: ["ShopfloorModel"]),
        .library(name: "ShopfloorPlanning", targets: ["ShopfloorPlanning"]),
        .library(name: "ShopfloorMaps", targets: ["ShopfloorMaps"]),
        .library(name: "ShopfloorGraphviz", targets: ["ShopfloorGraphviz"]),
        .library(name: "ShopfloorStore", targets: ["ShopfloorStore"]),
        .library(name: "ShopfloorPresent", targets: ["ShopfloorPresent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // The zip container of .xlsx and .ods workbooks.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The workbench's HTTP server (`shopfloor serve`, loopback only).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Hummingbird's own logging and networking, named by the workbench's server (quiet log, bound port).
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // Text written for other programs: one escaping rule for XML, HTML and DOT text, one CSV writer.
        // Imports nothing; every module that writes such text uses it.
        .target(name: "ShopfloorFormats"),
        // The user's language: catalogs per language (resources a translator edits), message lookup with
        // named placeholders, the language choice, numbers and dates, Turkish casing. Imports nothing of ours.
        .target(name: "ShopfloorText", resources: [.process("Resources")]),
        // The organizing graph: value types, invariants, cell rules. Imports nothing of ours but Text.
        .target(
            name: "ShopfloorModel",
            dependencies: [
                "ShopfloorText",
                .product(name: "Collections", package: "swift-collections"),
                // HMAC-SHA256 of the one alias scheme (Aliases/AliasKey.swift).
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A cache prefetch hint for the planning search's hot loop (one static inline C function).
        .target(name: "CPrefetch"),
        // Planners and metrics over a compact CSR index of the model.
        .target(
            name: "ShopfloorPlanning",
            dependencies: [
                "ShopfloorModel", "ShopfloorText", "CPrefetch",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // Graphviz-free render model, projections, redaction and the DOT encoder.
        .target(
            name: "ShopfloorMaps",
            dependencies: [
                "ShopfloorModel", "ShopfloorPlanning", "ShopfloorFormats", "ShopfloorText",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // libgvc, the only C library of Graphviz this package touches (compile and link flags from pkg-config).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Our C for Graphviz: the DOT reader's id discipline, 2.42/2.43 leak fixes, version differences.
        // Bodies in .c files, one header in include/ (as swift-crypto keeps CCryptoBoringSSLShims).
        .target(name: "CGraphvizShims", dependencies: ["CGraphviz"]),
        // Renders DOT through libgvc in-process.
        .target(name: "ShopfloorGraphviz", dependencies: ["CGraphvizShims", "ShopfloorText"]),
        // Graph files, spreadsheets, the SQLite workspace, encryption at rest, exports.
        .target(
            name: "ShopfloorStore",
            dependencies: [
                "ShopfloorModel", "ShopfloorFormats", "ShopfloorText",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // Raw SQLite calls (images in memory, the ties fast paths), all in Workspace/RawSQLite.swift.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Presenting results: the HTML report with its inline charts, CSV of the report, iCalendar of gate plans.
        .target(
            name: "ShopfloorPresent",
            dependencies: ["ShopfloorModel", "ShopfloorPlanning", "ShopfloorMaps", "ShopfloorFormats", "ShopfloorText"]
        ),
        // The workbench (`shopfloor serve`): sessions, the loopback-only guard, pages, forms and downloads over
        // Hummingbird; pages are drawn by ShopfloorPresent, writes go through the Store like the CLI's.
        .target(
            name: "ShopfloorWeb",
            dependencies: [
                "ShopfloorModel", "ShopfloorPlanning", "ShopfloorMaps", "ShopfloorGraphviz", "ShopfloorStore",
                "ShopfloorPresent", "ShopfloorFormats", "ShopfloorText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Synthetic worlds with the structure of the real one, for benchmarks and demos.
        .target(name: "ShopfloorGenerator", dependencies: ["ShopfloorModel"]),
        // The command line: thin; parses, calls the libraries, prints.
        .executableTarget(
            name: "shopfloor",
            dependencies: [
                "ShopfloorModel", "ShopfloorPlanning", "ShopfloorMaps", "ShopfloorGraphviz", "ShopfloorStore",
                "ShopfloorPresent", "ShopfloorGenerator", "ShopfloorText", "ShopfloorWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark harness (`make bench`).
        .executableTarget(
            name: "shopfloor-bench",
            dependencies: [
                "ShopfloorModel", "ShopfloorGenerator", "ShopfloorPlanning", "ShopfloorMaps", "ShopfloorGraphviz", "ShopfloorStore",
                "ShopfloorWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/ShopfloorBench"
        ),
        // What the tests share: golden files, the CLI runner, scratch folders, the package root, outside tools.
        .target(name: "ShopfloorTestSupport", path: "Tests/ShopfloorTestSupport"),
        .testTarget(name: "ShopfloorTestSupportTests", dependencies: ["ShopfloorTestSupport"]),
        .testTarget(name: "ShopfloorTextTests", dependencies: ["ShopfloorText", "ShopfloorTestSupport"]),
        .testTarget(name: "ShopfloorModelTests", dependencies: ["ShopfloorModel", "ShopfloorTestSupport"]),
        .testTarget(
            name: "ShopfloorPlanningTests",
            dependencies: ["ShopfloorPlanning", "ShopfloorModel", "ShopfloorStore", "ShopfloorPresent", "ShopfloorTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ShopfloorMapsTests",
            dependencies: ["ShopfloorMaps", "ShopfloorGraphviz", "ShopfloorModel", "ShopfloorPlanning", "ShopfloorStore",
                "ShopfloorTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "ShopfloorGraphvizTests", dependencies: ["ShopfloorGraphviz", "ShopfloorTestSupport"]),
        .testTarget(
            name: "ShopfloorStoreTests",
            dependencies: ["ShopfloorStore", "ShopfloorModel", "ShopfloorTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "ShopfloorFormatsTests", dependencies: ["ShopfloorFormats", "ShopfloorTestSupport"]),
        .testTarget(
            name: "ShopfloorPresentTests",
            dependencies: [
                "ShopfloorPresent", "ShopfloorPlanning", "ShopfloorMaps", "ShopfloorModel", "ShopfloorStore", "ShopfloorFormats",
                "ShopfloorTestSupport",
            ]
        ),
        .testTarget(name: "ShopfloorGeneratorTests", dependencies: ["ShopfloorGenerator", "ShopfloorModel"]),
        .testTarget(
            name: "ShopfloorWebTests",
            dependencies: ["ShopfloorWeb", "ShopfloorStore", "ShopfloorModel", "ShopfloorPlanning", "ShopfloorTestSupport"]
        ),
        // The built binary, run as a person would run it (every test that spawns `shopfloor` lives here).
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ShopfloorModel", "ShopfloorStore", "ShopfloorMaps", "ShopfloorTestSupport"]
        ),
    ]
)
