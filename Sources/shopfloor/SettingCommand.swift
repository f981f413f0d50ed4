import ArgumentParser
import Foundation
import ShopfloorModel
import ShopfloorPresent
import ShopfloorPlanning
import ShopfloorStore
import ShopfloorText

/// `shopfloor setting`: shows or changes a workspace's settings (language, time zone, calendar reminder).
struct SettingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setting",
        abstract: Text.string("setting.abstract"),
        discussion: Text.string("setting.discussion")
    )

    @Argument(help: ArgumentHelp(Text.string("setting.workspace.help")))
    var workspace: String

    @Argument(help: ArgumentHelp(Text.string("setting.name.help"), valueName: "name"))
    var name: String?

    @Argument(help: ArgumentHelp(Text.string("setting.value.help"), valueName: "value"))
    var value: String?

    @Flag(help: ArgumentHelp(Text.string("setting.unset.help")))
    var unset = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard let name else {
            let store = try Source.workspace(workspace)
            let values = Dictionary(try store.settings(), uniquingKeysWith: { $1 })
            var table = TextTable([Text.string("setting.column.name"), Text.string("setting.column.value")])
            for setting in WorkspaceSetting.allCases {
                table.add([setting.rawValue, values[setting] ?? Text.string("setting.default", ["value": "\(Self.defaultValue(setting))"])])
            }
            return Terminal.print(table.render(indent: ""))
        }
        guard let setting = WorkspaceSetting(rawValue: name) else {
            throw CLIError.usage(Text.string("setting.unknown", ["name": "\(name.echoed())",
                "names": "\(WorkspaceSetting.allCases.map(\.rawValue).joined(separator: ", "))"]))
        }
        let store = try Source.workspace(workspace)
        if unset {
            try store.set(setting, to: nil)
            return Terminal.say(Text.string("setting.removed", ["name": "\(name)"]))
        }
        guard let value else {
            return Terminal.print(try store.setting(setting) ?? Text.string("setting.default", ["value": "\(Self.defaultValue(setting))"]))
        }
        try store.set(setting, to: try Self.checked(setting, value))
        Terminal.say(Text.string("setting.set", ["name": "\(name)", "value": "\(value)"]))
    }

    /// The value a setting has when it was never set.
    static func defaultValue(_ setting: WorkspaceSetting) -> String {
        switch setting {
        case .language: "LC_ALL, LC_MESSAGES, LANG"
        case .timeZone: GatePlan.CalendarSettings.defaultTimeZone
        case .alarmMinutes: String(GatePlan.CalendarSettings.defaultAlarmMinutes)
        }
    }

    /// The value as stored, or a usage error naming what is accepted.
    static func checked(_ setting: WorkspaceSetting, _ value: String) throws -> String {
        switch setting {
        case .language:
            guard let language = Language(code: value) else {
                throw CLIError.usage(Text.string("setting.badLanguage", ["value": "\(value.echoed())",
                    "languages": "\(Language.all.map(\.code).joined(separator: ", "))"]))
            }
            return language.code
        case .timeZone:
            guard TimeZone(identifier: value) != nil else {
                throw CLIError.usage(Text.string("setting.badTimeZone", ["value": "\(value.echoed())"]))
            }
            return value
        case .alarmMinutes:
            guard let minutes = Int(value), (0...1440).contains(minutes) else {
                throw CLIError.usage(Text.string("setting.badAlarm", ["value": "\(value.echoed())"]))
            }
            return String(minutes)
        }
    }
}
