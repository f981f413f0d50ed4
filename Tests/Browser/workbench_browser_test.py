#!/usr/bin/env python3
"""The workbench in a real browser: headless Chromium (Debian's) driven by Playwright (PyPI).

Usage: workbench_browser_test.py SHOPFLOOR_BINARY PACKAGE_ROOT [SCREENSHOT_DIR]

Starts `shopfloor serve` on a fresh workspace made from the automotive sample, then: opens the printed URL,
checks the session cookie, finds a person, switches names on and off, logs a contact (and reads it back with
the CLI), is shown a field error, draws a plan (tooltips name people, not Graphviz ids), and checks that a
request without a session, with a foreign Host, a cross-origin POST and a POST without the form token are
refused. Exits 0 when every check holds; prints what failed otherwise. Screenshots go to SCREENSHOT_DIR.
"""
import json
import os
import re
import subprocess
import threading
import sys
import tempfile
import urllib.error
import urllib.request

from playwright.sync_api import sync_playwright

BIN, ROOT = sys.argv[1], sys.argv[2]
SHOTS = sys.argv[3] if len(sys.argv) > 3 else None
CHROMIUM = os.environ.get("SHOPFLOOR_CHROMIUM", "/usr/bin/chromium")
PERSON, NAME, CELL, PLANT = "p-1172", "Hasan Ilgaz", "arapcesme-street", "korfez-motor"
checks = []


def check(condition, what):
    checks.append(what)
    if not condition:
        raise AssertionError(what)
    print("ok  " + what)


def run(*args):
    return subprocess.run([BIN, *args], check=True, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})


def status(url, method="GET", headers=None, data=None):
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=data)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def shot(page, name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        page.screenshot(path=os.path.join(SHOTS, name + ".png"), full_page=False)


def main():
    folder = tempfile.mkdtemp(prefix="shopfloor-browser-")
    workspace = os.path.join(folder, "committee.shopfloor")
    run("init", workspace)
    run("import", workspace, os.path.join(ROOT, "Graphs/automotive-plant.yaml"))
    server = subprocess.Popen([BIN, "serve", workspace], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # A server that prints nothing would block readline() forever: kill it after 60 s so the test fails instead.
    watchdog = threading.Timer(60, server.kill)
    watchdog.start()
    try:
        url = None
        while url is None:
            line = server.stdout.readline()
            if not line:
                break
            match = re.search(r"http://127\.0\.0\.1:(\d+)/open\?token=[0-9a-f]{64}", line)
            if match:
                url, port = match.group(0), int(match.group(1))
        watchdog.cancel()
        check(url is not None, "serve prints one URL on 127.0.0.1 with a 256-bit token")
        base = "http://127.0.0.1:%d" % port

        # Refusals that need no browser: no session, a foreign Host (DNS rebinding).
        check(status(base + "/people") == 403, "a request without a session is refused (403)")
        check(status(base + "/", headers={"Host": "attacker.example:%d" % port}) == 403, "a foreign Host header is refused")

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            response = page.goto(url)
            check(page.url == base + "/", "the link redirects to the overview")
            headers = response.all_headers()
            check(headers.get("cache-control") == "no-store", "pages are sent with Cache-Control: no-store")
            check("default-src 'self'" in headers.get("content-security-policy", ""), "pages carry CSP default-src 'self'")
            cookie = [c for c in context.cookies() if c["name"] == "shopfloor-session"]
            check(len(cookie) == 1 and cookie[0]["httpOnly"] and cookie[0]["sameSite"] == "Strict",
                  "the session cookie is HttpOnly and SameSite=Strict")
            check(page.locator("#district-map svg").count() == 1, "the overview shows the district map as inline SVG")
            check(page.locator("#names-switch").is_visible(), "the names switch is visible on the overview")
            external = page.evaluate("""() => [...document.querySelectorAll('script[src],link[href],img[src]')]
                .map(e => e.src || e.href).filter(u => !u.startsWith(location.origin))""")
            check(external == [], "no script, style or image comes from elsewhere")
            shot(page, "overview")
            again = context.new_page()
            again.goto(url)
            check("used already" in again.content(), "the one-time link does not open a second session")
            again.close()

            # Find a person.
            page.fill("form.search input[name=q]", PERSON)
            page.press("form.search input[name=q]", "Enter")
            page.wait_for_url(re.compile(r".*/find\?q=.*"))
            page.click("#rows a[href='/people/%s']" % PERSON)
            page.wait_for_url(base + "/people/" + PERSON)
            label = page.inner_text("#person-label")
            check(NAME not in page.content(), "the person page hides the name while names are hidden")
            shot(page, "person-names-hidden")

            # Names on, then off again.
            page.click("#names-switch")
            page.wait_for_load_state()
            check(page.inner_text("#person-label") == NAME, "switching names on shows the name")
            check(page.inner_text("#names-state") == "Names shown", "the switch says names are shown")
            shot(page, "person-names-shown")
            page.goto(base + "/people?workplace=" + PLANT)
            check(page.locator("#names-switch").is_visible(), "the names switch is visible on the people list")
            page.click("#names-switch")
            page.wait_for_load_state()
            page.goto(base + "/people/" + PERSON)
            check(page.inner_text("#person-label") == label and NAME not in page.content(), "switching names off hides them again")

            # People list with filters and sorting.
            page.goto(base + "/people?affiliation=member&sort=assessment&order=asc")
            rows = page.locator("#rows tbody tr").count()
            check(rows > 0 and "informer" not in page.inner_text("#rows"), "the people list filters by affiliation")
            shot(page, "people-list")

            # Log a contact from the form; a wrong id is shown next to its field.
            before = json.loads(run("show", workspace, "p-1061", "--json").stdout)
            page.goto(base + "/record?with=p-1061")
            page.fill("#contact-by", "p-1172")
            page.fill("#contact-with", "p-9999")
            page.select_option("#contact-channel", "gate")
            page.fill("#contact-date", "2026-11-20")
            page.select_option("#contact-outcome", "positive")
            page.click("#save-contact")
            page.wait_for_load_state()
            check(page.locator("#error-contact-with").is_visible(), "an unknown person is shown next to the 'with' field")
            shot(page, "contact-form-error")
            page.fill("#contact-with", "p-1061")
            page.select_option("#contact-assessment", "2")
            page.click("#save-contact")
            page.wait_for_url(re.compile(r".*/people/p-1061.*"))
            check("2026-11-20" in page.inner_text("#contacts"), "the logged contact appears on the person page")
            after = json.loads(run("show", workspace, "p-1061", "--json").stdout)
            check(len(after["contacts"]) == len(before["contacts"]) + 1 and after["person"]["assessment"] == 2,
                  "the contact is in the workspace (read back by `shopfloor show`)")
            check(os.path.exists(workspace + ".bak"), "the write kept the previous version as .bak")
            page.goto(base + "/record?with=p-1061")
            shot(page, "contact-form")

            # Draw a plan.
            page.goto(base + "/plan")
            page.select_option("#f-cell", CELL)
            page.select_option("#f-plant", PLANT)
            page.fill("#f-week", "2026-11-23")
            page.click("#draw")
            page.wait_for_selector("#plant-map svg")
            titles = page.evaluate("""() => [...document.querySelectorAll('#plant-map a')]
                .map(a => a.getAttribute('xlink:title') || a.getAttribute('title') || '')""")
            people = [t for t in titles if "assessment" in t and "last contact" in t]
            check(len(people) > 0, "hovering a person shows alias, shop, shift, affiliation, assessment, last contact")
            internal = page.evaluate("""() => [...document.querySelectorAll('#plant-map title')].map(t => t.textContent)""")
            check(not any(re.fullmatch(r"n\d+.*", t or "") for t in internal + titles), "no Graphviz internal id shows as a tooltip")
            check(page.locator("#first-contacts tbody tr").count() > 0, "the first contacts are listed")
            check(page.locator("#gates tbody tr").count() > 0, "the gate week is listed")
            box = page.locator("#plant-map").bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            page.mouse.wheel(0, -400)
            page.locator("#plant-map [data-zoom=in]").click()
            zoomed = page.evaluate("() => document.querySelector('#plant-map svg').getAttribute('viewBox')")
            check(zoomed is not None, "the plant map zooms (viewBox %s)" % zoomed)
            shot(page, "plan")
            with page.expect_download() as download:
                page.click("#downloads a[href*='format=json']")
            plan = json.loads(open(download.value.path()).read())
            check(plan.get("kind") in ("core", "reach"), "the plan downloads as JSON")

            # The report page and the meeting pack.
            page.goto(base + "/report")
            check(page.locator(".report h2").count() > 0, "the report is a page")
            shot(page, "report")

            # Refusals a browser would send: a cross-origin POST, a POST without the form token.
            evil = context.new_page()
            evil.set_content('<form method="post" action="%s/record/contact"><input name="by" value="p-1172">'
                             '<input name="with" value="p-1061"><button id="go">go</button></form>' % base)
            with evil.expect_response(lambda r: "/record/contact" in r.url) as answer:
                evil.click("#go")
            check(answer.value.status == 403, "a cross-origin POST from another page is refused")
            session = cookie[0]["value"]
            check(status(base + "/record/contact", "POST", {"Cookie": "shopfloor-session=" + session,
                  "Origin": "http://attacker.example", "Content-Type": "application/x-www-form-urlencoded"},
                  b"by=p-1172&with=p-1061&channel=gate&outcome=positive") == 403,
                  "a POST with the session but a foreign Origin is refused")
            check(status(base + "/record/contact", "POST", {"Cookie": "shopfloor-session=" + session,
                  "Content-Type": "application/x-www-form-urlencoded"},
                  b"by=p-1172&with=p-1061&channel=gate&outcome=positive") == 403, "a POST without the form token is refused")
            final = json.loads(run("show", workspace, "p-1061", "--json").stdout)
            check(len(final["contacts"]) == len(after["contacts"]), "no refused request changed the workspace")
            browser.close()
    finally:
        watchdog.cancel()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print("%d checks passed" % len(checks))


if __name__ == "__main__":
    try:
        main()
    except AssertionError as error:
        print("FAILED: %s" % error)
        sys.exit(1)
