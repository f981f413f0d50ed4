import ArgumentParser
import ShopfloorText
import Foundation
import ShopfloorStore

/// `shopfloor keys new|show`: key pairs for exchanging bundles between a committee and its cells.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: Text.string("keys.Keys.abstract"),
        discussion: Text.string("keys.Keys.discussion"),
        subcommands: [New.self, Show.self]
    )

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("keys.New.abstract"),
            discussion: Text.string("keys.New.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.keys.name"))) var name: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            let keyPath = name + ".key", pubPath = name + ".pub"
            for path in [keyPath, pubPath] where FileManager.default.fileExists(atPath: path) {
                throw CLIError.input(Text.string("keys.exists", ["path": "\(path)"]))
            }
            let passphrase = try Passphrase.new(for: keyPath, variable: Passphrase.keyVariable)
            let pair = KeyPair.generate()
            try BundleFile.write(try pair.sealed(passphrase: passphrase), to: keyPath)
            try BundleFile.write(Data(pair.publicKey.fileText.utf8), to: pubPath)
            Terminal.say(Text.string("keys.wrote", ["key": "\(keyPath)", "pub": "\(pubPath)"]))
            Terminal.say(Text.string("keys.fingerprint", ["words": "\(pair.publicKey.fingerprint)"]))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: Text.string("keys.Show.abstract"),
            discussion: Text.string("keys.Show.discussion"))
        @Argument(help: ArgumentHelp(Text.string("opt.keys.file"))) var file: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            Terminal.print(try PublicKey.load(path: file).fingerprint)
        }
    }
}

extension Passphrase {
    /// The variable scripts set for the passphrase of a private key file.
    static let keyVariable = "SHOPFLOOR_KEY_PASSPHRASE"

    /// Opens a private key file, its passphrase from `SHOPFLOOR_KEY_PASSPHRASE` or a prompt.
    static func key(at path: String) throws -> KeyPair {
        try KeyPair.open(path: path, passphrase: { () throws(StoreError) in
            if let value = ProcessInfo.processInfo.environment[keyVariable], !value.isEmpty { return value }
            guard let typed = prompt(Text.string("passphrase.key", ["path": "\(path)"]) + " ") else {
                throw StoreError.passphraseRequired(path: path)
            }
            return typed
        })
    }
}
