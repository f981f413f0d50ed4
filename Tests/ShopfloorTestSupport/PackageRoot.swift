import Foundation

/// The package's root folder and the files in it, found once from this file's place in the source tree.
///
/// Tests read samples, fixtures and golden files from the source tree (not from copied bundle resources), so
/// a re-recorded golden file lands where `git diff` shows it.
public enum PackageRoot {
    /// The folder holding `Package.swift`.
    public static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { return folder }
            folder.deleteLastPathComponent()
        }
        preconditionFailure("Package.swift not found above \(#filePath): the tests run from a copy of the sources")
    }()

    /// A file or folder below the root, e.g. `url("Graphs/district.yaml")`.
    public static func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// The path of a file or folder below the root.
    public static func path(_ relativePath: String) -> String { url(relativePath).path }
}

/// The sample graphs in `Graphs/`.
public enum Sample: String, CaseIterable, Sendable, CustomStringConvertible {
    case automotivePlant = "automotive-plant"
    case district
    case officePlaza = "office-plaza"

    /// The path relative to the package root, as the README and the help texts write it.
    public var relativePath: String { "Graphs/\(rawValue).yaml" }

    /// The absolute path.
    public var path: String { PackageRoot.path(relativePath) }

    /// The file's URL.
    public var url: URL { PackageRoot.url(relativePath) }

    public var description: String { relativePath }
}
