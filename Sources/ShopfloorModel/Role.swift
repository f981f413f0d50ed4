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
    ]

    /// Management and its arms (HR, security): never a path, never a target without an explicit flag.
    public var isManagementSide: Bool {
        switch self {
        case .manager, .hr, .security: true
        default: false
        }
    }
}
