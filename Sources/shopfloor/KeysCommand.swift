import ArgumentParser
import Foundation
import ShopfloorStore

/// `shopfloor keys new|show`: key pairs for exchanging bundles between a committee and its cells.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Make a key pair for bundles (X25519 + Ed25519), or show a key's fingerprint words.",
        discussion: """
            A committee and each of its cells have a key pair. The public half (NAME.pub) is given to the other \
            side, who checks its six fingerprint words with you in person or on the phone; the private half \
            (NAME.key) stays with you, sealed under a passphrase (SHOPFLOOR_KEY_PASSPHRASE, or asked).

            Examples:
              SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new committee
              shopfloor keys show committee.pub
            """,
        subcommands: [New.self, Show.self]
    )

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make NAME.key (private, sealed) and NAME.pub (public).",
            discussion: """
                Example:
                  SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new kirazli
                """)
        @Argument(help: "The file name without extension (writes NAME.key and NAME.pub).") var name: String

        func run() throws {
            let keyPath = name + ".key", pubPath = name + ".pub"
            for path in [keyPath, pubPath] where FileManager.default.fileExists(atPath: path) {
                throw CLIError.input("\(path): a file is already there; choose another name or remove it first")
            }
            let passphrase = try Passphrase.new(for: keyPath, variable: Passphrase.keyVariable)
            let pair = KeyPair.generate()
            try BundleFile.write(try pair.sealed(passphrase: passphrase), to: keyPath)
            try BundleFile.write(Data(pair.publicKey.fileText.utf8), to: pubPath)
            Terminal.print("Wrote \(keyPath) (private: keep it) and \(pubPath) (public: give it to the other side)")
            Terminal.print("Fingerprint: \(pair.publicKey.fingerprint)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the fingerprint words of a .pub file.",
            discussion: """
                Examples:
                  SHOPFLOOR_KEY_PASSPHRASE=key-pass-1 shopfloor keys new kirazli
                  shopfloor keys show kirazli.pub
                """)
        @Argument(help: "A public key file (.pub).") var file: String

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
            guard let typed = prompt("Passphrase for the key \(path): ") else {
                throw StoreError.passphraseRequired(path: path)
            }
            return typed
        })
    }
}
