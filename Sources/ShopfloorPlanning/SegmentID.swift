import ShopfloorModel
import ShopfloorText

/// A shop × shift segment of a workplace: the unit coverage is counted in [res. 14], written `SHOP@SHIFT`.
public struct SegmentID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var shop: Shop.ID
    public var shift: Shift.ID

    public init(shop: Shop.ID, shift: Shift.ID) {
        self.shop = shop
        self.shift = shift
    }

    /// Parses `SHOP@SHIFT`, or nil when the text has no single `@`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(shop: Shop.ID(String(parts[0])), shift: Shift.ID(String(parts[1])))
    }

    /// `SHOP@SHIFT`, e.g. `ao-body@ao-a`.
    public var description: String { "\(shop.rawValue)@\(shift.rawValue)" }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = SegmentID(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: Text.string("store5.isNotASegment", ["text": "\(text)"])))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }
}

/// A segment of a workplace with its estimated headcount.
public struct Segment: Hashable, Sendable {
    public var id: SegmentID
    public var workplace: Workplace.ID
    /// Workers of the shop on this shift: the shop's headcount shared evenly over the workplace's shifts
    /// (the remainder goes to the first shifts), or the known workers when the shop gives no headcount.
    public var headcount: Int
    /// The gate the shift uses, if any.
    public var gate: Place.ID?
}

extension OrganizingGraph {
    /// The shop × shift segments of a workplace, in shop then shift order of the file (none without shifts).
    /// - Complexity: O(shops × shifts + people).
    public func segments(of workplaceID: Workplace.ID) -> [Segment] {
        segments(of: workplaceID, known: knownWorkersBySegment(at: workplaceID))
    }

    /// Known workers per segment (people with both a shop and a shift), at one workplace or everywhere.
    /// - Complexity: O(people).
    func knownWorkersBySegment(at workplaceID: Workplace.ID? = nil) -> [SegmentID: Int] {
        var known: [SegmentID: Int] = [:]
        for person in people where workplaceID == nil || person.workplace == workplaceID {
            if let shop = person.shop, let shift = person.shift { known[SegmentID(shop: shop, shift: shift), default: 0] += 1 }
        }
        return known
    }

    /// The segments of a workplace given the known workers per segment (used when a shop has no headcount).
    /// - Complexity: O(shops × shifts).
    func segments(of workplaceID: Workplace.ID, known: [SegmentID: Int]) -> [Segment] {
        guard let workplace = workplace(workplaceID), !workplace.shifts.isEmpty else { return [] }
        let shifts = workplace.shifts
        var result: [Segment] = []
        for shop in workplace.shops {
            for (i, shift) in shifts.enumerated() {
                let id = SegmentID(shop: shop.id, shift: shift.id)
                let share = shop.headcount / shifts.count + (i < shop.headcount % shifts.count ? 1 : 0)
                result.append(Segment(id: id, workplace: workplaceID,
                    headcount: shop.headcount > 0 ? share : known[id] ?? 0, gate: shift.gate))
            }
        }
        return result
    }
}
