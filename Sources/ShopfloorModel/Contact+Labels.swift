import ShopfloorText

extension Contact.Channel {
    /// The word for the channel in the process's language.
    public var label: String {
        switch self {
        case .tie: Text.string("contact.channel.tie")
        case .coworker: Text.string("contact.channel.coworker")
        case .gate: Text.string("contact.channel.gate")
        case .commute: Text.string("contact.channel.commute")
        case .pub: Text.string("contact.channel.pub")
        case .home: Text.string("contact.channel.home")
        case .other: Text.string("contact.channel.other")
        }
    }
}

extension Contact.Outcome {
    /// The word for the outcome in the process's language.
    public var label: String {
        switch self {
        case .positive: Text.string("contact.outcome.positive")
        case .neutral: Text.string("contact.outcome.neutral")
        case .negative: Text.string("contact.outcome.negative")
        case .noShow: Text.string("contact.outcome.noShow")
        }
    }
}
