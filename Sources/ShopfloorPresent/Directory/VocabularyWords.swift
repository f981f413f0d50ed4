import ShopfloorModel
import ShopfloorText

/// Vocabulary values as tables show them: in English the word itself (the word `--affiliation` and the graph
/// files take), in another language its translation (`sympathizer` → `sempatizan`); an unknown word unchanged.
public enum VocabularyWords {
    /// `raw` shown through `label` when the process speaks another language than English.
    public static func shown<V: RawRepresentable>(_ raw: String, as type: V.Type, _ label: (V) -> String) -> String
    where V.RawValue == String {
        guard Text.current.language != .english, let value = V(rawValue: raw) else { return raw }
        return label(value)
    }

    /// A affiliation word as tables show it.
    public static func affiliation(_ raw: String) -> String { shown(raw, as: Affiliation.self, \.label) }
    /// A workplaceKind word as tables show it.
    public static func workplaceKind(_ raw: String) -> String { shown(raw, as: Workplace.Kind.self, \.label) }
    /// A cellKind word as tables show it.
    public static func cellKind(_ raw: String) -> String { shown(raw, as: Cell.Kind.self, \.label) }
    /// A placeKind word as tables show it.
    public static func placeKind(_ raw: String) -> String { shown(raw, as: Place.Kind.self, \.label) }
    /// A tieKind word as tables show it.
    public static func tieKind(_ raw: String) -> String { shown(raw, as: Tie.Kind.self, \.label) }
    /// A role word as tables show it.
    public static func role(_ raw: String) -> String { shown(raw, as: Role.self, \.label) }
    /// A channel word as tables show it.
    public static func channel(_ raw: String) -> String { shown(raw, as: Contact.Channel.self, \.label) }
    /// A outcome word as tables show it.
    public static func outcome(_ raw: String) -> String { shown(raw, as: Contact.Outcome.self, \.label) }
}
