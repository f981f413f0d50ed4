// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Shopfloor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "shopfloor", targets: ["shopfloor"]),
        .library(name: "ShopfloorModel", targets: ["ShopfloorModel"]),
        .library(name: "ShopfloorStore", targets: ["ShopfloorStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "ShopfloorModel",
            dependencies: [.product(name: "Collections", package: "swift-collections")]
        ),
        .target(
            name: "ShopfloorStore",
            dependencies: [
                "ShopfloorModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        .executableTarget(
            name: "shopfloor",
            dependencies: [
                "ShopfloorModel",
                "ShopfloorStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ShopfloorModelTests", dependencies: ["ShopfloorModel"]),
        .testTarget(
            name: "ShopfloorStoreTests",
            dependencies: ["ShopfloorStore", "ShopfloorModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["ShopfloorModel"]),
    ]
)
