import ShopfloorModel

extension PlanContact {
    /// The one-line reason for a contact: `covers body@morning, 140 workers; ties to 23 coworkers; 2 steps
    /// from the cell`, then the approach stage when it is not the first and who is listening, if anyone.
    /// - Parameters:
    ///   - headcount: the workers the contact covers, or nil when their segment is covered already (or unknown).
    ///   - fromCell: whether the group is a cell (else a list of people).
    func because(covering headcount: Int?, fromCell: Bool) -> String {
        var parts: [String] = []
        switch (segment, headcount) {
        case (let s?, let h?): parts.append("covers \(s), \(h) worker\(h == 1 ? "" : "s")")
        case (let s?, nil): parts.append("in \(s), already covered")
        case (nil, _): parts.append("shop or shift not known")
        }
        if let ties = coworkerTies {
            parts.append(ties == 0 ? "no ties to coworkers on file" : "ties to \(ties) coworker\(ties == 1 ? "" : "s")")
        } else {
            parts.append("unknown workers, met at the gate or through a workmate")
        }
        let n = steps.count
        parts.append("\(n) step\(n == 1 ? "" : "s") from the \(fromCell ? "cell" : "group")")
        if stage > 1 { parts.append("approach stage \(stage) (\(ApproachStage.label(stage)))") }
        for flag in exposed ?? [] {
            if flag.person == target.person {
                parts.append(flag.note)
            } else {
                // No id in the text: the reason goes into shared plans, where people are aliases (the
                // `exposed` list names them through the plan's naming).
                parts.append("someone on the way is " + flag.note)
            }
        }
        return parts.joined(separator: "; ")
    }
}
