import Foundation
import ShopfloorWeb
import Testing

@Suite("Workbench security")
struct WorkbenchSecurityTests {
    @Test("a request without a session is refused, and so is one with an unknown cookie")
    func noSession() throws {
        let f = try WorkbenchFixture()
        #expect(f.workbench.handle(f.request("/people", session: false)).status == 403)
        #expect(f.workbench.handle(f.request("/people", headers: ["Cookie": "shopfloor-session=forged"])).status == 403)
        #expect(f.get("/people").status == 200)
    }

    @Test("the printed token opens one session, once, with an HttpOnly SameSite=Strict cookie")
    func oneTimeToken() throws {
        let f = try WorkbenchFixture(openSession: false)
        let url = try #require(f.workbench.openingURL)
        #expect(url.hasPrefix("http://127.0.0.1:\(f.port)/open?token="))
        let token = String(url.split(separator: "=").last ?? "")
        #expect(token.count == 64)
        #expect(f.workbench.handle(f.request("/open?token=wrong", session: false)).status == 403)
        let opened = f.workbench.handle(f.request("/open?token=\(token)", session: false))
        #expect(opened.status == 303)
        #expect(opened.header("Location") == "/")
        let cookie = try #require(opened.header("Set-Cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        #expect(f.workbench.handle(f.request("/open?token=\(token)", session: false)).status == 403)
        #expect(f.workbench.openingURL == nil)
    }

    @Test("a foreign Host (DNS rebinding) or Origin is refused, even with the session")
    func hostAndOrigin() throws {
        let f = try WorkbenchFixture()
        #expect(f.workbench.handle(f.request("/", headers: ["Host": "attacker.example:\(f.port)"])).status == 403)
        #expect(f.workbench.handle(f.request("/", headers: ["Host": "127.0.0.1:1"])).status == 403)
        #expect(f.workbench.handle(f.request("/", headers: ["Host": "localhost:\(f.port)"])).status == 200)
        #expect(f.workbench.handle(f.request("/", headers: ["Origin": "http://attacker.example"])).status == 403)
        #expect(f.workbench.handle(f.request("/", headers: ["Sec-Fetch-Site": "cross-site"])).status == 403)
        let post = f.request("/record/contact", form: ["csrf": f.csrf, "by": "p-1172", "with": "p-1061", "channel": "gate",
            "outcome": "positive"], headers: ["Origin": "http://attacker.example"])
        #expect(f.workbench.handle(post).status == 403)
    }

    @Test("a POST without the session's form token changes nothing")
    func csrf() throws {
        let f = try WorkbenchFixture()
        let form = ["by": "p-1172", "with": "p-1061", "channel": "gate", "outcome": "positive"]
        #expect(f.workbench.handle(f.request("/record/contact", form: form)).status == 403)
        #expect(f.workbench.handle(f.request("/record/contact", form: form.merging(["csrf": "0000"]) { a, _ in a })).status == 403)
        #expect(f.workbench.handle(f.request("/names", form: ["show": "1"])).status == 403)
        #expect(!f.get("/people/p-1061").page.contains("gate"))
    }

    @Test("every response, refusals and assets included, is no-store with a self-only CSP")
    func headers() throws {
        let f = try WorkbenchFixture()
        let responses = [f.workbench.handle(f.request("/", session: false)), f.workbench.handle(f.request("/")),
            f.workbench.handle(f.request("/assets/workbench.js")), f.workbench.handle(f.request("/nothing")),
            f.workbench.handle(f.request("/plan/download?cell=arapcesme-street&plant=korfez-motor&format=json"))]
        for response in responses {
            #expect(response.header("Cache-Control") == "no-store")
            let csp = try #require(response.header("Content-Security-Policy"))
            #expect(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"))
            #expect(response.header("X-Frame-Options") == "DENY")
        }
    }

    @Test("pages load nothing from elsewhere and run no inline script")
    func nothingExternal() throws {
        let f = try WorkbenchFixture()
        for target in ["/", "/people", "/workplaces/korfez-motor", "/people/p-1172", "/cells/arapcesme-street", "/record",
            "/report", "/plan?cell=arapcesme-street&plant=korfez-motor&week=2026-11-23"]
        {
            let (status, page) = f.get(target)
            #expect(status == 200, "\(target)")
            for loading in ["src=\"http", "href=\"http", "href=\"//", "src=\"//", "url(http", "@import", "@font-face"] {
                #expect(!page.contains(loading), "\(target): \(loading)")
            }
            #expect(!page.contains("<script>") && !page.contains("<style") && !page.contains(" style=\""), "\(target)")
            #expect(!page.contains(" onclick=") && !page.contains("javascript:"), "\(target)")
        }
    }

    @Test("names stay hidden until switched on for the session; the switch is on every page")
    func namesSwitch() throws {
        let f = try WorkbenchFixture()
        for target in ["/", "/people", "/people/p-1172", "/plan", "/record", "/report", "/find?q=p-11"] {
            #expect(f.get(target).page.contains("id=\"names-switch\""), "\(target)")
        }
        #expect(!f.get("/people/p-1172").page.contains("Hasan Ilgaz"))
        #expect(!f.get("/find?q=Hasan").page.contains("p-1172"))
        let switched = f.post("/names", ["show": "1", "back": "/people/p-1172"])
        #expect(switched.status == 303 && switched.header("Location") == "/people/p-1172")
        #expect(f.get("/people/p-1172").page.contains("Hasan Ilgaz"))
        #expect(f.get("/find?q=Hasan").page.contains("p-1172"))
        #expect(f.post("/names", ["show": "0", "back": "//attacker.example/"]).header("Location") == "/")
        #expect(!f.get("/people/p-1172").page.contains("Hasan Ilgaz"))
    }
}
