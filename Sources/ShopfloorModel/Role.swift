import ShopfloorText

/// What a person does at their workplace.
public enum Role: String, Vocabulary {
    case worker
    case foreman
    case technician
    case engineer
    case clerk
    /// Line or plant management.
    case manager
    /// Human resources / personnel.
    case hr
    /// Plant security.
    case security
    case other

    public static let aliases: [String: Role] = [
        "operator": .worker, "labourer": .worker, "laborer": .worker, "supervisor": .foreman,
        "chief": .foreman, "management": .manager, "director": .manager, "personnel": .hr,
        "human-resources": .hr, "guard": .security, "office": .clerk, "white-collar": .clerk,
        // Turkish
        "işçi": .worker, "operatör": .worker, "usta": .foreman, "ustabaşı": .foreman, "şef": .foreman,
        "formen": .foreman, "teknisyen": .technician, "tekniker": .technician, "mühendis": .engineer,
        "memur": .clerk, "büro": .clerk, "beyaz yaka": .clerk, "müdür": .manager, "yönetici": .manager,
        "yönetim": .manager, "insan kaynakları": .hr, "ik": .hr, "personel": .hr, "güvenlik": .security,
        "bekçi": .security, "diğer": .other,
    ]

    /// The word for tables and maps, in the process's language.
    public var label: String {
        switch self {
        case .worker: Text.string("role.worker")
        case .foreman: Text.string("role.foreman")
        case .technician: Text.string("role.technician")
        case .engineer: Text.string("role.engineer")
        case .clerk: Text.string("role.clerk")
        case .manager: Text.string("role.manager")
        case .hr: Text.string("role.hr")
        case .security: Text.string("role.security")
        case .other: Text.string("role.other")
        }
    }

    /// Management and its arms (HR, security): never a path, never a target without an explicit flag.
    public var isManagementSide: Bool {
        switch self {
        case .manager, .hr, .security: true
        default: false
        }
    }
}
