import Foundation
import ShopfloorStore
import ShopfloorText

/// Where passphrases come from: `SHOPFLOOR_PASSPHRASE`, or a prompt on the terminal that does not echo.
enum Passphrase {
    /// The environment variable scripts set instead of typing.
    static let variable = "SHOPFLOOR_PASSPHRASE"

    /// The passphrase of an existing sealed workspace.
    static func existing(for path: String) throws(StoreError) -> String {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        guard let typed = prompt(Text.string("passphrase.existing", ["path": "\(path)"]) + " ") else { throw .passphraseRequired(path: path) }
        return typed
    }

    /// ``existing(for:)``, asked at most once however often the closure is called (a write that tries its sealed
    /// index first, then opens the whole image, needs the passphrase twice).
    static func once(for path: String) -> () throws(StoreError) -> String {
        var asked: String?
        return { () throws(StoreError) -> String in
            if let asked { return asked }
            let typed = try existing(for: path)
            asked = typed
            return typed
        }
    }

    /// A new passphrase, typed twice; from `variable` (or `SHOPFLOOR_NEW_PASSPHRASE` for rekey) in scripts.
    static func new(for path: String, variable: String = Passphrase.variable) throws -> String {
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty {
            guard value.count >= 8 else { throw CLIError.input(Text.string("passphrase.variableShort", ["variable": "\(variable)"])) }
            return value
        }
        guard let first = prompt(Text.string("passphrase.new", ["path": "\(path)"]) + " ") else {
            throw CLIError.input(Text.string("passphrase.noTerminal", ["path": "\(path)", "variable": "\(variable)"]))
        }
        guard first.count >= 8 else { throw CLIError.input(Text.string("passphrase.short")) }
        guard prompt(Text.string("passphrase.repeat") + " ") == first else { throw CLIError.input(Text.string("passphrase.differ")) }
        return first
    }

    /// Reads a line from the controlling terminal with echo off; nil when there is no terminal.
    static func prompt(_ text: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var original = termios()
        guard tcgetattr(fd, &original) == 0 else { return nil }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        _ = text.withCString { write(fd, $0, strlen($0)) }
        tcsetattr(fd, TCSAFLUSH, &silent)
        defer {
            tcsetattr(fd, TCSAFLUSH, &original)
            _ = "\n".withCString { write(fd, $0, 1) }
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 10, byte != 13 { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
