import ShopfloorModel
import ShopfloorText

extension PlanContact {
    /// The one-line reason for a contact: `covers body@morning, 140 workers; ties to 23 coworkers; 2 steps
    /// from the cell`, then the approach stage when it is not the first and who is listening, if anyone.
    /// - Parameters:
    ///   - headcount: the workers the contact covers, or nil when their segment is covered already (or unknown).
    ///   - fromCell: whether the group is a cell (else a list of people).
    func because(covering headcount: Int?, fromCell: Bool) -> String {
        var parts: [String] = []
        switch (segment, headcount) {
        case (let s?, let h?): parts.append(Text.plural("reason.covers", count: h, ["segment": "\(s)"]))
        case (let s?, nil): parts.append(Text.string("reason.alreadyCovered", ["segment": "\(s)"]))
        case (nil, _): parts.append(Text.string("reason.segmentUnknown"))
        }
        if let ties = coworkerTies {
            parts.append(ties == 0 ? Text.string("reason.noCoworkerTies") : Text.plural("reason.coworkerTies", count: ties))
        } else {
            parts.append(Text.string("reason.unknownWorkers"))
        }
        let n = steps.count
        parts.append(Text.plural(fromCell ? "reason.stepsFromCell" : "reason.stepsFromGroup", count: n))
        if stage > 1 { parts.append(Text.string("reason.stage", ["stage": .integer(stage), "label": "\(ApproachStage.label(stage))"])) }
        for flag in exposed ?? [] {
            if flag.person == target.person {
                parts.append(flag.note)
            } else {
                // No id in the text: the reason goes into shared plans, where people are aliases (the
                // `exposed` list names them through the plan's naming).
                parts.append(Text.string("reason.someoneOnTheWay", ["note": "\(flag.note)"]))
            }
        }
        return parts.joined(separator: "; ")
    }
}
