import ShopfloorModel
import ShopfloorText

/// Something wrong with a plan given back to Shopfloor (a plan file), and where in the plan it is.
public struct PlanProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where: the field's path in the plan's JSON, e.g. `paths[2].steps[1].to`.
    public var field: String
    /// What is wrong, naming people as the plan writes them.
    public var message: String
    /// Whether the problem is a route through (or to) a suspected informer or management person.
    public var isDanger: Bool

    public init(field: String, message: String, isDanger: Bool = false) {
        self.field = field
        self.message = message
        self.isDanger = isDanger
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}

extension Plan {
    /// What is wrong with a plan given back, checked against the graph it is to be used with.
    ///
    /// Every id must name something of the right kind in the graph; every route must run step by step from a
    /// member of the plan's group to its target, each place fitting its channel (a gate at a gate, a pub or
    /// tea house for `pub`, a stop for `commute`, a neighbourhood for `home`, none for ties and workmates); and
    /// no step, target or group member may be a suspected informer or management person — planning never
    /// routes through them [res. 15, 16] — unless `allowDanger`.
    ///
    /// - Parameter naming: how people are named in the messages (the plan's own aliases, say).
    /// - Complexity: O(steps + people of the group), plus the workplace's segments once.
    public func problems(
        in graph: OrganizingGraph, allowDanger: Bool = false, naming: @escaping (Person.ID) -> String = \.rawValue
    ) -> [PlanProblem] {
        var check = PlanCheck(graph: graph, allowDanger: allowDanger, naming: naming)
        if let into, check.graph.workplace(into) == nil {
            check.report("into", Text.string("plancheck.noWorkplace", ["id": "\(into)"]))
        }
        check.segments = Set(into.map { graph.segments(of: $0).map(\.id) } ?? [])
        if let group { check.group(group) }
        switch self {
        case .reach(let plan):
            for (i, path) in plan.paths.enumerated() {
                check.route(path.steps, to: path.target, at: "paths[\(i)]")
                for (j, alternative) in path.alternatives.enumerated() {
                    check.route(alternative.steps, to: path.target, at: "paths[\(i)].alternatives[\(j)]")
                }
            }
        case .core(let plan):
            for (i, contact) in plan.contacts.enumerated() { check.route(contact.steps, to: contact.target, at: "contacts[\(i)]") }
        case .expand(let plan):
            for (i, target) in plan.uncovered.enumerated() {
                for (j, contact) in target.contacts.enumerated() {
                    check.route(contact.steps, to: contact.target, at: "uncovered[\(i)].contacts[\(j)]")
                }
            }
        case .gates(let plan):
            for (i, window) in plan.windows.enumerated() {
                if graph.place(window.gate)?.kind != .gate { check.report("windows[\(i)].gate", Text.string("plancheck.notAGate", ["id": "\(window.gate)"])) }
                for (j, person) in window.suggested.enumerated() { check.person(person, at: "windows[\(i)].suggested[\(j)]") }
            }
        case .attach(let plan):
            for (i, proposal) in plan.proposals.enumerated() {
                check.person(proposal.person, at: "proposals[\(i)].person")
                if let cell = proposal.cell, graph.cell(cell) == nil { check.report("proposals[\(i)].cell", Text.string("plancheck.noCell", ["id": "\(cell)"])) }
            }
        }
        return check.problems
    }
}

/// The state of one check of a plan: the graph, the group's people, the problems found so far.
struct PlanCheck {
    let graph: OrganizingGraph
    let allowDanger: Bool
    let naming: (Person.ID) -> String
    var segments: Set<SegmentID> = []
    var groupPeople: Set<Person.ID>?
    var problems: [PlanProblem] = []

    init(graph: OrganizingGraph, allowDanger: Bool, naming: @escaping (Person.ID) -> String) {
        self.graph = graph
        self.allowDanger = allowDanger
        self.naming = naming
    }

    /// A vocabulary word in a message: as the plan file writes it in English (`pub`), translated otherwise.
    static func word(_ raw: String, _ label: String) -> String {
        Text.current.language == .english ? raw : label
    }

    mutating func report(_ field: String, _ message: String, danger: Bool = false) {
        problems.append(PlanProblem(field: field, message: message, isDanger: danger))
    }

    mutating func group(_ group: PlanGroup) {
        if let cell = group.cell, graph.cell(cell) == nil { report("from.cell", Text.string("plancheck.noCell", ["id": "\(cell)"])) }
        for (i, person) in group.people.enumerated() { self.person(person, at: "from.people[\(i)]") }
        groupPeople = Set(group.people)
    }

    /// A person of the plan: in the graph, and not someone planning keeps away from.
    mutating func person(_ id: Person.ID, at field: String) {
        guard let person = graph.person(id) else {
            return report(field, Text.string("plancheck.notAPerson", ["id": "\(naming(id))"]))
        }
        if person.isDanger && !allowDanger {
            report(field, Text.string("plancheck.keptAway", ["id": "\(naming(id))", "why": "\(person.dangerReason)"]), danger: true)
        }
    }

    mutating func endpoint(_ endpoint: PlanEndpoint, at field: String) {
        switch endpoint {
        case .person(let id): person(id, at: field)
        case .segment(let id):
            if !segments.contains(id) { report(field, Text.string("plancheck.notASegment", ["id": "\(id)"])) }
        }
    }

    /// A route: steps that join up, from a member of the group to the target, each place fitting its channel.
    mutating func route(_ steps: [PlanStep], to target: PlanEndpoint, at field: String) {
        endpoint(target, at: field + ".target")
        guard let first = steps.first else { return report(field + ".steps", Text.string("plancheck.noSteps")) }
        if let groupPeople, !groupPeople.contains(first.from) {
            report(field + ".steps[0].from", Text.string("plancheck.notInGroup", ["id": "\(naming(first.from))"]))
        }
        for (k, step) in steps.enumerated() {
            let at = "\(field).steps[\(k)]"
            person(step.from, at: at + ".from")
            endpoint(step.to, at: at + ".to")
            if k + 1 < steps.count, step.to != .person(steps[k + 1].from) {
                report(at + ".to", Text.string("plancheck.brokenRoute", ["next": "\(name(.person(steps[k + 1].from)))", "to": "\(name(step.to))"]))
            }
            place(step, at: at)
        }
        if let last = steps.last, last.to != target {
            report("\(field).steps[\(steps.count - 1)].to", Text.string("plancheck.wrongEnd", ["end": "\(name(last.to))", "target": "\(name(target))"]))
        }
    }

    /// The place of a step must exist and fit the channel.
    mutating func place(_ step: PlanStep, at field: String) {
        let wanted: [Place.Kind]? = switch step.channel {
        case .tie, .coworker: nil
        case .gate: [.gate]
        case .pub: [.pub, .other]
        case .commute: [.stop]
        case .home: [.neighbourhood]
        }
        guard let id = step.place else {
            if wanted != nil { report(field + ".place", Text.string("plancheck.needsPlace", ["channel": "\(Self.word(step.channel.rawValue, step.channel.label))"])) }
            return
        }
        guard let place = graph.place(id) else { return report(field + ".place", Text.string("plancheck.noPlace", ["id": "\(id)"])) }
        guard let wanted else {
            return report(field + ".place", Text.string("plancheck.noPlaceNeeded", ["channel": "\(Self.word(step.channel.rawValue, step.channel.label))", "id": "\(id)"]))
        }
        if !wanted.contains(place.kind) {
            report(field + ".place", Text.string("plancheck.wrongPlace", ["id": "\(id)", "kind": "\(Self.word(place.kind.rawValue, place.kind.label))",
                "channel": "\(Self.word(step.channel.rawValue, step.channel.label))"]))
        }
    }

    func name(_ endpoint: PlanEndpoint) -> String { endpoint.person.map(naming) ?? endpoint.description }
}
