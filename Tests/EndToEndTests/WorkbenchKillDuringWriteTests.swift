import Foundation
import ShopfloorModel
import ShopfloorStore
import ShopfloorTestSupport
import Testing

/// Kills `shopfloor serve` with SIGKILL while the record forms are writing (a contact logged and a person added,
/// both in flight at once), again and again: the workspace must open and check clean every time, hold each
/// write whole or not at all, keep every write the browser was told was saved, and let the next writer in.
@Suite("Crash safety: SIGKILL of the workbench server during form writes")
struct WorkbenchKillDuringWriteTests {
    /// The two forms posted in one round, and what came back (nil: no whole reply before the kill).
    struct Round {
        var day: Day
        var contactAssessment: Int
        var person: String
        var contactReply: LoopbackHTTP.Reply?
        var personReply: LoopbackHTTP.Reply?
    }

    @Test("24 SIGKILLs of `shopfloor serve` during form writes to a plain workspace", .timeLimit(.minutes(10)))
    func killPlain() throws {
        try killLoop(iterations: 24, passphrase: nil)
    }

    @Test("8 SIGKILLs of `shopfloor serve` during form writes to a sealed workspace", .timeLimit(.minutes(10)))
    func killSealed() throws {
        try killLoop(iterations: 8, passphrase: "kill test passphrase")
    }

    /// Posts the round's two forms at once, each on a thread of its own; `kill` runs while they are in flight
    /// (and may end the server), then the replies are collected (at most 60 seconds).
    func post(_ round: inout Round, session: ServedWorkbench.Session, during kill: () -> Void) {
        let replies = Replies()
        let group = DispatchGroup()
        let contact = ["by": "mehmet-d", "with": "ayse-k", "channel": "pub", "outcome": "positive",
            "date": round.day.description, "assessment": "\(round.contactAssessment)", "notes": "round \(round.day)"]
        let person = ["mode": "add", "id": round.person, "name": "Kill Test \(round.person)", "workplace": "marmara-depo",
            "affiliation": "sympathizer", "assessment": "4", "notes": "added by the workbench"]
        DispatchQueue.global().async(group: group) { replies.contact = session.post("/record/contact", contact) }
        DispatchQueue.global().async(group: group) { replies.person = session.post("/record/person", person) }
        kill()
        _ = group.wait(timeout: .now() + 60)
        (round.contactReply, round.personReply) = (replies.contact, replies.person)
    }

    /// Whether a reply is the workbench's "saved" answer: the redirect to the record's page with its notice.
    static func saved(_ reply: LoopbackHTTP.Reply?, to page: String) -> Bool {
        guard let reply, reply.status == 303, let location = reply.headers["location"] else { return false }
        return location.hasPrefix(page + "?saved=")
    }

    func killLoop(iterations: Int, passphrase: String?) throws {
        let env = passphrase.map { ["SHOPFLOOR_PASSPHRASE": $0] } ?? [:]
        let dir = try Scratch.folder(passphrase == nil ? "serve-kill-plain" : "serve-kill-sealed")
        let path = dir + "/crash.shopfloor"
        func open() throws -> Workspace { try Workspace.open(at: path, passphrase: { passphrase ?? "" }) }
        #expect(try CLI.run(["init", path] + (passphrase == nil ? [] : ["--encrypt"]), environment: env).status == 0)
        #expect(try CLI.run(["import", path, KillDuringWriteTests.fixture], environment: env).status == 0)
        // A few thousand people make each write (and each reload after it) take long enough to be interrupted.
        var csv = "id,name,workplace,assessment\n"
        for i in 0..<3000 { csv += "w\(i),Worker \(i),marmara-depo,\(i % 6)\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: dir + "/people.csv"))
        #expect(try CLI.run(["import", path, dir + "/people.csv"], environment: env).status == 0)

        // One round not interrupted: both forms are saved, and it times a round.
        var round = Round(day: Day(daysSinceEpoch: 20000), contactAssessment: 3, person: "kill-0")
        var server = try ServedWorkbench(path, environment: env)
        // Whichever server runs when the test ends (or fails) is killed and waited for.
        defer { server.stop() }
        var session = try #require(server.openSession(), "no session from \(server.url)")
        let clock = Date()
        post(&round, session: session) {}
        let microseconds = max(20_000, Int(Date().timeIntervalSince(clock) * 1_000_000))
        server.stop()
        #expect(Self.saved(round.contactReply, to: "/people/ayse-k"), "\(String(describing: round.contactReply))")
        #expect(Self.saved(round.personReply, to: "/people/kill-0"), "\(String(describing: round.personReply))")

        var generator = SystemRandomNumberGenerator()
        var killed = 0, inFlight = 0, answered = 0, present = 0, absent = 0
        for i in 1...iterations {
            let before = try open().graph()
            server = try ServedWorkbench(path, environment: env)
            session = try #require(server.openSession(), "iteration \(i): no session from \(server.url)")
            round = Round(day: Day(daysSinceEpoch: 20000 + i), contactAssessment: i % 5 + 1, person: "kill-\(i)")
            let size = KillDuringWriteTests.size(path)
            post(&round, session: session) {
                if i % 2 == 0 {
                    // Even rounds: a random moment of the two writes (and the reloads after them).
                    usleep(UInt32(Int.random(in: 0...microseconds * 11 / 10, using: &generator)))
                } else {
                    // Odd rounds: right as a new version goes to disk (a temporary file, or the journal grows).
                    let deadline = Date().addingTimeInterval(Double(microseconds) / 250_000)
                    while server.process.isRunning, !KillDuringWriteTests.saving(in: dir),
                        KillDuringWriteTests.size(path) == size, Date() < deadline
                    { usleep(50) }
                    usleep(UInt32.random(in: 0...2_000, using: &generator))
                }
                if server.process.isRunning {
                    kill(server.process.processIdentifier, SIGKILL)
                    killed += 1
                }
            }
            server.stop()
            let contactSaved = Self.saved(round.contactReply, to: "/people/ayse-k")
            let personSaved = Self.saved(round.personReply, to: "/people/\(round.person)")
            answered += (contactSaved ? 1 : 0) + (personSaved ? 1 : 0)
            inFlight += (round.contactReply == nil ? 1 : 0) + (round.personReply == nil ? 1 : 0)

            // Opened strictly and checked: never damaged.
            let opened = try open()
            #expect(try opened.integrityProblems().isEmpty, "iteration \(i): integrity check failed")
            let after = try opened.graph()
            #expect(after.violations().isEmpty, "iteration \(i): the graph is invalid")
            // Nothing written before is lost.
            #expect(Set(before.people.map(\.id)).isSubset(of: Set(after.people.map(\.id))), "iteration \(i): people lost")
            #expect(Set(before.contacts).isSubset(of: Set(after.contacts)), "iteration \(i): contacts lost")
            // The contact: whole (with the assessment it sets) or absent; present when the page said saved.
            let logged = after.contacts.filter { $0.date == round.day }
            #expect(logged.count <= 1 && after.contacts.count - before.contacts.count == logged.count,
                "iteration \(i): \(logged.count) contacts of the round, \(after.contacts.count - before.contacts.count) added")
            if let contact = logged.first {
                #expect(contact.by == "mehmet-d" && contact.with == "ayse-k" && contact.channel == .pub
                    && contact.outcome == .positive && contact.notes == "round \(round.day)", "iteration \(i): \(contact)")
            }
            let assessment = after.person("ayse-k")?.assessment.rawValue
            #expect(assessment == (logged.isEmpty ? before.person("ayse-k")?.assessment.rawValue : round.contactAssessment),
                "iteration \(i): the contact and the assessment it sets went in apart")
            #expect(!contactSaved || !logged.isEmpty, "iteration \(i): the page said the contact was saved; it is not there")
            // The person: whole or absent; present when the page said saved.
            let added = after.person(.init(round.person))
            #expect(after.people.count - before.people.count == (added == nil ? 0 : 1), "iteration \(i): people added")
            if let added {
                #expect(added.name == "Kill Test \(round.person)" && added.workplace == "marmara-depo"
                    && added.affiliation == .sympathizer && added.assessment.rawValue == 4
                    && added.notes == "added by the workbench", "iteration \(i): half a person: \(added)")
            }
            #expect(!personSaved || added != nil, "iteration \(i): the page said the person was added; they are not there")
            // The history names every change that went in, and only those.
            let history = try opened.history()
            #expect(history.filter { $0.source == "workbench: log" }.count == after.contacts.count - 2,
                "iteration \(i): the history and the contact log disagree")
            #expect(history.filter { $0.source == "workbench: person add" }.count
                == after.people.filter { $0.id.rawValue.hasPrefix("kill-") }.count, "iteration \(i): the history and the people disagree")
            present += (logged.isEmpty ? 0 : 1) + (added == nil ? 0 : 1)
            absent += (logged.isEmpty ? 1 : 0) + (added == nil ? 1 : 0)
        }
        print("workbench kill test (\(passphrase == nil ? "plain" : "sealed")): \(iterations) rounds of two form writes "
            + "(a round takes \(microseconds / 1000) ms), \(killed) servers killed; \(inFlight) writes had no reply, "
            + "\(answered) were answered saved; afterwards \(present) writes present, \(absent) absent; every check passed")
        #expect(killed > 0)
        #expect(inFlight > 0, "no kill landed while a write was in flight")

        // No stale lock: a new server and the command line both write at once after the last kill.
        server = try ServedWorkbench(path, environment: env)
        session = try #require(server.openSession())
        round = Round(day: Day(daysSinceEpoch: 21000), contactAssessment: 2, person: "kill-after")
        post(&round, session: session) {}
        #expect(Self.saved(round.contactReply, to: "/people/ayse-k"), "\(String(describing: round.contactReply))")
        #expect(Self.saved(round.personReply, to: "/people/kill-after"), "\(String(describing: round.personReply))")
        #expect(try CLI.run(["person", "update", path, "ayse-k", "--assessment", "5"], environment: env).status == 0)
        let last = try open().graph()
        #expect(last.person("kill-after") != nil && last.contacts.contains { $0.date == round.day })
        #expect(last.person("ayse-k")?.assessment.rawValue == 5)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        #expect(!names.contains { $0.contains(".tmp-") }, "left behind: \(names)")
    }
}

/// The replies of two forms posted at once, each written by its own thread.
private final class Replies: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: LoopbackHTTP.Reply] = [:]

    var contact: LoopbackHTTP.Reply? {
        get { lock.withLock { stored["contact"] } }
        set { lock.withLock { stored["contact"] = newValue } }
    }

    var person: LoopbackHTTP.Reply? {
        get { lock.withLock { stored["person"] } }
        set { lock.withLock { stored["person"] = newValue } }
    }
}
