import Foundation
import GRDB

/// The settings a workspace keeps for everyone who opens it: its language, its plants' time zone, the
/// calendar reminder. Stored in the `meta` table under their names.
public enum WorkspaceSetting: String, CaseIterable, Sendable {
    /// The language of what Shopfloor writes for this workspace (`tr`, `en`); `--lang` overrides it.
    case language
    /// The plants' time zone for calendars, an IANA name (default `Europe/Istanbul`).
    case timeZone = "time-zone"
    /// Minutes before a gate window that calendars remind (`0` for none; default 30).
    case alarmMinutes = "alarm-minutes"
}

extension Workspace {
    /// The value of a setting, or nil when it was never set.
    public func setting(_ setting: WorkspaceSetting) throws(StoreError) -> String? {
        try perform {
            try database.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [setting.rawValue]) }
        }
    }

    /// Every setting that has a value, in declaration order.
    public func settings() throws(StoreError) -> [(WorkspaceSetting, String)] {
        var out: [(WorkspaceSetting, String)] = []
        for s in WorkspaceSetting.allCases {
            if let value = try setting(s) { out.append((s, value)) }
        }
        return out
    }

    /// Sets a setting (nil removes it) and saves the workspace, recorded in its history as a change
    /// (`setting time-zone`) that ``undo()`` reverts. The caller checks the value.
    public func set(_ setting: WorkspaceSetting, to value: String?) throws(StoreError) {
        try record("setting \(setting.rawValue)", keepsRules: true) { db in
            if let value {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [setting.rawValue, value])
            } else {
                try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [setting.rawValue])
            }
        }
    }
}
