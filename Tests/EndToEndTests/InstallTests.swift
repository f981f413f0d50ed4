import Foundation
import ShopfloorTestSupport
import Testing

/// `make install` and `make uninstall` as a person runs them with `PREFIX=~/.local`, on the built binary
/// (`INSTALL_FROM`: the release build is what the Makefile does by default, too slow for every test run).
@Suite("make install: the command on PATH with its catalogs and completions; make uninstall removes them")
struct InstallTests {
    static let make = Tool.path("make")

    @Test("installs under a prefix without root, runs from another folder, completes in bash, zsh and fish, and is removed",
        .enabled(if: make != nil, "needs make"), .timeLimit(.minutes(10)))
    func installAndUninstall() throws {
        let binary = try #require(CLI.binary)
        let make = try #require(Self.make)
        let prefix = try Scratch.folder("install-prefix")
        let root = PackageRoot.path("")
        let install = try Subprocess.run(make, ["-C", root, "install", "PREFIX=\(prefix)", "INSTALL_FROM=\(binary)"])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")

        let installed = prefix + "/bin/shopfloor"
        let elsewhere = try Scratch.folder("install-elsewhere")
        let version = try Subprocess.run(installed, ["--version"], in: URL(fileURLWithPath: elsewhere))
        #expect(version.status == 0, "\(version.stderr)")
        // The message catalogs sit beside the binary (a fresh clone can be deleted after installing).
        #expect(FileManager.default.fileExists(atPath: prefix + "/lib/shopfloor/Shopfloor_ShopfloorText.resources/en.json"))
        #expect(FileManager.default.fileExists(atPath: prefix + "/lib/shopfloor/Shopfloor_ShopfloorText.resources/tr.json"))
        let help = try Subprocess.run(installed, ["check", "--help"], environment: CLI.englishAndPlain,
            in: URL(fileURLWithPath: elsewhere))
        #expect(help.status == 0 && help.stdout.contains("shopfloor check"), "\(help.stdout)\(help.stderr)")

        let completions = [
            "share/bash-completion/completions/shopfloor", "share/zsh/site-functions/_shopfloor",
            "share/fish/vendor_completions.d/shopfloor.fish",
        ]
        for file in completions {
            let text = (try? String(contentsOfFile: prefix + "/" + file, encoding: .utf8)) ?? ""
            // Every shell's script knows the subcommands and an option of a nested one.
            for word in ["check", "penetration", "plan", "--workplace"] {
                #expect(text.contains(word), "\(file) lacks \(word)")
            }
        }
        if let bash = Tool.path("bash") {
            let sourced = try Subprocess.run(bash, ["-c", "source '\(prefix)/\(completions[0])' && complete -p shopfloor"])
            #expect(sourced.status == 0 && sourced.stdout.contains("shopfloor"), "\(sourced.stdout)\(sourced.stderr)")
        }

        let uninstall = try Subprocess.run(make, ["-C", root, "uninstall", "PREFIX=\(prefix)"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        let left = FileManager.default.enumerator(atPath: prefix)?.compactMap { $0 as? String }
            .filter { path in
                var folder: ObjCBool = false
                return FileManager.default.fileExists(atPath: prefix + "/" + path, isDirectory: &folder) && !folder.boolValue
            } ?? []
        #expect(left.isEmpty, "left after uninstall: \(left)")
    }
}
