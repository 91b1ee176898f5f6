"""Drives the `becscope serve` workbench in real headless Chromium, as an analyst would.

Usage:
  python3 workbench_browser.py --base URL --user NAME [options] journey --title TITLE
          --upload FILE [FILE...] [--note TEXT] [--download NAME]...
  python3 workbench_browser.py --base URL --user NAME [options] visit PATH [PATH...] [--wait S]

The password is read from the environment variable BECSCOPE_E2E_PASSWORD (never from a flag).

Options (before the command):
  --base URL         the workbench, e.g. http://127.0.0.1:18080 (required)
  --user NAME        the user to sign in as (required)
  --lang en|ja       choose the pages' language first through /lang/CODE (a cookie); without it
                     the browser's own Accept-Language decides (English in headless Chromium)
  --screenshots DIR  write full-page PNG screenshots there (made if missing)
  --prefix TEXT      the screenshots' file name prefix (default: workbench)
  --chromium PATH    the browser (default: $CHROMIUM, else /usr/bin/chromium)
  --width N, --height N   the viewport (default 1280 x 900)
  --timeout S        the longest wait for one page load, download or command (default 30)
  --deadline S       the longest the whole run may take (default 300); then exit status 2

`journey` signs in (after /lang/CODE when --lang is given), creates a case with the title from
the inbox's form and lands on its page, uploads the files through the page's file input
(DOM.setFileInputFiles) and submits, reads the campaigns and messages tables, opens the first
message (its title and the first 2000 characters of its analysis), goes back with the page's
link, adds a note (--note, default "Called the CFO; no transfer was made.") and checks it is
listed, sets the status to `investigating` and checks the page says so, downloads report.html
(and every other --download NAME) through its export form into a temporary folder, opens the
case's report page, and finally the inbox again. Screenshots (with --screenshots):
PREFIX-case.png (after the status change), PREFIX-message.png, PREFIX-report.png and
PREFIX-inbox.png (at the end, so that it lists the case). Everything is done by navigating,
filling fields and clicking buttons through Runtime.evaluate; the page's own loads are awaited
(Page.loadEventFired, then document.readyState).

`visit` signs in, then loads each PATH (relative to --base), lets it run for --wait seconds
(default 2) and reads its DOM (document.documentElement.outerHTML), and that of each frame in it
where the protocol can reach it.

Every request of the page and of its frames (Network.requestWillBeSent, and Network.loadingFailed
with the reason a request was blocked) is recorded; the URLs not under --base (data: URLs
excepted) are listed in `foreign_requests`. Chromium runs with IsolateSandboxedIframes off, so
that a sandboxed frame (a message's HTML body) stays in the page's process where every request it
makes is seen; a frame that still runs in a process of its own is named in `errors`. What is not
a request is not seen: a preconnect or DNS prefetch opens a connection without one (a probe server
that counts connections sees those). Chromium asks for /favicon.ico on its own; the workbench's
404 for it is listed in `http_errors` and `console`, not in `errors`.

Output: ONE JSON object on stdout. For journey:
  case_id, case_url          the new case ("/cases/ID")
  inbox_title                the inbox's heading (Cases, 案件一覧)
  upload_result              the case page's line after the upload (p.result)
  campaigns                  [{verdict, scenario, sender, subject, origin_ip, copies, targets}]
  messages                   [{file, how, reporter, verdict, added, href}]
  message_title, analysis    the first message's document.title and pre.analysis (2000 chars)
  analysis_lines             how many lines pre.analysis has
  attachments                [{name, type, bytes, sha256}] of that message
  notes                      the texts of ul.notes li after adding the note
  status, status_line        the status the case page shows after setting it, and its line
  case_headings              the case page's h1 and h2 texts
  report_download            {name, file, bytes, tlp_amber, lang} of report.html
  downloads                  the same for every download ({name, error} for a failed one)
  report_title, report_lang  the report page's title and <html lang>
  inbox                      the cases' table at the end: [{title, status, owner, updated,
                             href}] (and messages, in an inbox that has no table.cases)
  html_lang, page_langs      the case page's <html lang>, and each page's {page: lang}
  statuses                   [{url, status}] of each page loaded
  steps                      [{step, seconds, ok}]
  screenshots                the PNG files written
For visit:
  pages                      [{path, url, status, dom, frames: [{url, process, dom | error}],
                              error?}]
Both:
  foreign_requests           URLs requested outside --base (none expected)
  requests                   every URL requested, in order, once
  failed_requests            [{url, type, error, blocked, canceled}] (a download shows here as
                             an aborted Document: the browser keeps it as a file)
  http_errors                [{url, status, type}] of responses with status 400 or more
  console                    [{level, source, text, url}] errors and warnings, e.g. a refusal
                             by the Content-Security-Policy
  frames_attached            frames or workers that ran in a process of their own
  errors                     what went wrong: a step that could not be done (a missing form, a
                             page that did not load, a note not listed, a failed download), a
                             response of status 400 or more from the workbench, a page's data
                             shown instead of a word; in a journey also every console error.
A step of the journey that fails is recorded in `errors` and the journey goes on from the case
page; one without which it cannot go on (signing in, creating the case) ends it.

Exit status: 0 when the run happened (whatever it found); 2 when Chromium or the DevTools
protocol failed, or the deadline passed (the reason on stderr); 64 for a usage error.
"""
import argparse, base64, json, os, re, shutil, signal, sys, tempfile, time, urllib.parse
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devtools import DevTools, ProtocolError, launch, page_target, stop  # noqa: E402

PASSWORD_ENV = "BECSCOPE_E2E_PASSWORD"
# A sandboxed frame (the message's HTML body) stays in the page's process, where the page's
# Network domain sees every request it makes. Isolated in a process of its own, it starts before
# the protocol can enable Network in it (waitForDebuggerOnStart does not hold an about:srcdoc
# frame) and its first requests go unrecorded. The frame's sandbox and the policy are the same.
FLAGS = ["--disable-features=IsolateSandboxedIframes"]
DEFAULT_NOTE = "Called the CFO; no transfer was made."
CAMPAIGN_KEYS = ["verdict", "scenario", "sender", "subject", "origin_ip", "copies", "targets"]
MESSAGE_KEYS = ["file", "how", "reporter", "verdict", "added"]
ATTACHMENT_KEYS = ["name", "type", "bytes", "sha256"]

# The rows of a table (those with <td> cells) as objects keyed by `keys`, in the cells' order
# (a null key leaves its column out); the first link of a row as `href`.
TABLE_JS = r"""((sel, keys) => {
  const t = document.querySelector(sel);
  if (!t) return null;
  const text = c => (c.textContent || '').replace(/\s+/g, ' ').trim();
  return [...t.querySelectorAll('tr')].filter(r => r.querySelector('td')).map(r => {
    const o = {};
    [...r.cells].forEach((c, i) => {
      if (keys[i] !== null) o[keys[i] || ('column' + i)] = text(c); });
    const a = r.querySelector('a[href]');
    if (a) o.href = a.getAttribute('href');
    return o;
  });
})"""

# Fills a form's fields by name and clicks its submit button; returns 'ok' or what went wrong.
SUBMIT_JS = r"""((sel, fields) => {
  const f = document.querySelector(sel);
  if (!f) return 'no form ' + sel + ' on ' + location.pathname;
  for (const [name, value] of Object.entries(fields)) {
    const el = f.elements.namedItem(name);
    if (!el) return 'no field ' + name + ' in ' + sel;
    if (el.tagName === 'SELECT' && ![...el.options].some(o => o.value === value))
      return 'no option ' + value + ' in ' + name + ' (' + [...el.options].map(o => o.value) + ')';
    el.focus();
    el.value = value;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  }
  if (!f.checkValidity())
    return 'the form does not validate: ' + [...f.elements].filter(e => e.willValidate &&
      !e.checkValidity()).map(e => e.name + ': ' + e.validationMessage).join('; ');
  const b = f.querySelector('button[type=submit], button:not([type]), input[type=submit]');
  if (!b) return 'no submit button in ' + sel;
  b.click();
  return 'ok';
})"""


class StepFailed(Exception):
    """A step of the journey could not be done (recorded in `errors`)."""


class OutOfTime(Exception):
    """The run took longer than --deadline (not a TimeoutError: no wait may swallow it)."""


class Browser:
    """One page of headless Chromium pointed at the workbench, recording what it requests."""

    def __init__(self, dt, opts):
        self.dt, self.opts = dt, opts
        self.base = opts.base.rstrip("/")
        self.timeout = opts.timeout
        self.requests = {}  # requestId -> the last URL requested under that id
        self.all_urls = []  # every URL requested, in order, once
        self.sessions = {}  # the sessions of frames and workers in other processes, live now
        self.failed, self.http_errors, self.console, self.attached = [], [], [], []
        self.statuses, self.errors, self.screenshots = [], [], []
        self.main_frame = None

    # MARK: setup and recording

    def start(self):
        """Enables the domains, follows frames and workers in other processes, sets the viewport."""
        self.dt.listeners.append(self._on_event)
        for domain in ("Page", "Network", "Runtime", "Log", "DOM"):
            self.dt.call(f"{domain}.enable", timeout=self.timeout)
        self.dt.call("Target.setAutoAttach", timeout=self.timeout, autoAttach=True,
                     waitForDebuggerOnStart=True, flatten=True)
        self.viewport(self.opts.height)
        self.main_frame = self.dt.call("Page.getFrameTree")["frameTree"]["frame"]["id"]

    def viewport(self, height):
        self.dt.call("Emulation.setDeviceMetricsOverride", timeout=self.timeout,
                     width=self.opts.width, height=height, deviceScaleFactor=1, mobile=False)

    def _on_event(self, msg):
        """Records requests, failures, console errors; lets frames attached on the way run."""
        method, p = msg["method"], msg.get("params", {})
        if method == "Target.attachedToTarget":
            child = p["sessionId"]
            info = p.get("targetInfo", {})
            self.attached.append({"type": info.get("type"), "url": info.get("url")})
            self.sessions[child] = info
            for command, params in (("Network.enable", {}), ("Log.enable", {}),
                                    ("Target.setAutoAttach", {"autoAttach": True,
                                     "waitForDebuggerOnStart": True, "flatten": True}),
                                    ("Runtime.runIfWaitingForDebugger", {})):
                self.dt.send(command, _session=child, **params)
        elif method == "Target.detachedFromTarget":
            self.sessions.pop(p.get("sessionId"), None)
        elif method in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            url = p.get("request", {}).get("url", "") or p.get("url", "")
            self.requests[p.get("requestId")] = url
            if url not in self.all_urls:
                self.all_urls.append(url)
        elif method == "Network.loadingFailed":
            # (a request refused before it was made may have no URL: no requestWillBeSent)
            url = self.requests.get(p.get("requestId"), "")
            self.failed.append({k: v for k, v in (
                ("url", url), ("type", p.get("type")), ("error", p.get("errorText")),
                ("blocked", p.get("blockedReason")), ("canceled", p.get("canceled")),
                ("cors", (p.get("corsErrorStatus") or {}).get("corsError"))) if v})
        elif method == "Network.responseReceived":
            r = p.get("response", {})
            if r.get("status", 0) >= 400:
                self.http_errors.append({"url": r.get("url"), "status": r.get("status"),
                                         "type": p.get("type")})
        elif method == "Log.entryAdded":
            e = p.get("entry", {})
            if e.get("level") in ("error", "warning"):
                self.console.append({k: e.get(k) for k in ("level", "source", "text", "url")
                                     if e.get(k)})
        elif method == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            self.console.append({"level": "error", "source": "exception",
                                 "text": (d.get("exception") or {}).get("description")
                                 or d.get("text")})
        elif method == "Runtime.consoleAPICalled":
            self.console.append({"level": p.get("type"), "source": "console-api", "text": " ".join(
                str(a.get("value", a.get("description", ""))) for a in p.get("args", []))})

    def incidental(self, url):
        """Whether a request is the browser's own, not the page's: Chromium asks every origin
        for /favicon.ico (the workbench has none: a 404 and its console line, not counted as
        errors)."""
        return url == self.base + "/favicon.ico"

    def own(self, url):
        """Whether a URL is the workbench's."""
        return url == self.base or url.startswith(self.base + "/")

    def foreign(self):
        """The URLs requested that are not the workbench's (data: URLs excepted)."""
        return [u for u in self.all_urls if not self.own(u) and not u.startswith("data:")]

    # MARK: pages

    def js(self, expression, what="script"):
        """The value of an expression evaluated in the page (not subject to its CSP)."""
        r = self.dt.call("Runtime.evaluate", timeout=self.timeout, expression=expression,
                         returnByValue=True)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            raise StepFailed(f"{what}: {(d.get('exception') or {}).get('description') or d}")
        return r.get("result", {}).get("value")

    def url(self, path):
        return path if re.match(r"^[a-z]+:", path) else self.base + "/" + path.lstrip("/")

    def location(self):
        return self.js("location.href", "reading the location")

    def path(self):
        return urllib.parse.urlsplit(self.location()).path

    def _loaded(self, mark, what):
        """Waits for the main frame's load event after event `mark`, then for readyState;
        returns the main document's HTTP status (None when unknown)."""
        try:
            self.dt.wait_event("Page.loadEventFired", timeout=self.timeout, since=mark)
        except TimeoutError:
            raise StepFailed(f"{what}: no page loaded within {self.timeout} s "
                             f"(still at {self.location()})")
        deadline = time.monotonic() + self.timeout
        while self.js("document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise StepFailed(f"{what}: the page did not finish loading")
            time.sleep(0.05)
        status = None
        for e in self.dt.events[mark:]:
            p = e.get("params", {})
            if (e["method"] == "Network.responseReceived" and "sessionId" not in e
                    and p.get("type") == "Document" and p.get("frameId") == self.main_frame):
                status = p["response"].get("status")
        here = self.location()
        self.statuses.append({"url": here, "status": status})
        if status is not None and status >= 400:
            self.errors.append(f"{what}: {here} answered {status}: {self.page_error()}")
        return status

    def page_error(self):
        """The heading and first paragraph of an error page, one line."""
        return self.js("(document.querySelector('main') || document.body ||"
                       " document.documentElement).innerText.replace(/\\s+/g, ' ').trim()"
                       ".slice(0, 300)")

    def navigate(self, path, what=None):
        """Loads a path of the workbench (or a URL) and waits for it; returns its status."""
        what = what or f"opening {path}"
        mark = len(self.dt.events)
        nav = self.dt.call("Page.navigate", timeout=self.timeout, url=self.url(path))
        if nav.get("errorText"):
            raise StepFailed(f"{what}: {nav['errorText']}")
        return self._loaded(mark, what)

    def submit(self, form, fields, what):
        """Fills a form and clicks its button; waits for the page that answers."""
        mark = len(self.dt.events)
        said = self.js(f"({SUBMIT_JS})({json.dumps(form)}, {json.dumps(fields)})", what)
        if said != "ok":
            raise StepFailed(f"{what}: {said}")
        return self._loaded(mark, what)

    def click(self, selector, what):
        """Clicks an element (a link) and waits for the page it opens."""
        mark = len(self.dt.events)
        said = self.js(f"(() => {{ const a = document.querySelector({json.dumps(selector)});"
                       f" if (!a) return false; a.click(); return true; }})()", what)
        if not said:
            raise StepFailed(f"{what}: nothing matches {selector} on {self.location()}")
        return self._loaded(mark, what)

    def text(self, selector):
        """An element's text, spaces collapsed (None when there is no such element)."""
        return self.js(f"(e => e && e.textContent.replace(/\\s+/g, ' ').trim())"
                       f"(document.querySelector({json.dumps(selector)}))")

    def table(self, selector, keys):
        return self.js(f"({TABLE_JS})({json.dumps(selector)}, {json.dumps(keys)})",
                       f"reading {selector}")

    def lang(self):
        return self.js("document.documentElement.lang")

    def screenshot(self, name):
        """A full-page PNG (the viewport stretched to the page's height, at most 16000 px)."""
        if not self.opts.screenshots:
            return
        height = self.js("Math.max(document.documentElement.scrollHeight,"
                         " document.body ? document.body.scrollHeight : 0)") or self.opts.height
        self.viewport(max(self.opts.height, min(int(height), 16000)))
        try:
            shot = self.dt.call("Page.captureScreenshot", timeout=max(self.timeout, 60),
                                format="png", captureBeyondViewport=True)
        finally:
            self.viewport(self.opts.height)
        out = Path(self.opts.screenshots) / f"{self.opts.prefix}-{name}.png"
        out.write_bytes(base64.b64decode(shot["data"]))
        self.screenshots.append(str(out))

    def sign_in(self, user, password):
        """Chooses the language (when asked), signs in at /login; ends on the inbox."""
        if self.opts.lang:
            self.navigate(f"/lang/{self.opts.lang}", "choosing the language")
        self.navigate("/login", "opening the sign-in page")
        self.submit("form[action='/login']", {"name": user, "password": password}, "signing in")
        if self.path() != "/":
            said = self.text("p.error") or self.page_error()
            raise StepFailed(f"signing in: still at {self.location()}: {said}")

    def download(self, name, folder):
        """Clicks a case page's export button NAME; waits for the file in `folder`."""
        what = f"downloading {name}"
        target = Path(tempfile.mkdtemp(prefix="dl-", dir=folder))
        try:
            self.dt.call("Browser.setDownloadBehavior", timeout=self.timeout, behavior="allow",
                         downloadPath=str(target), eventsEnabled=True)
        except ProtocolError:
            self.dt.call("Page.setDownloadBehavior", timeout=self.timeout, behavior="allow",
                         downloadPath=str(target))
        mark = len(self.dt.events)
        form = f"form[action$='/exports/{name}']"
        said = self.js(f"(() => {{ const f = document.querySelector({json.dumps(form)});"
                       " if (!f) return false; f.querySelector('button').click();"
                       " return true; })()")
        if not said:
            raise StepFailed(f"{what}: no export form {form} on {self.location()}")
        deadline, suggested, state = time.monotonic() + self.timeout, None, None
        while time.monotonic() < deadline:
            self.dt.pump(0.2)
            for e in self.dt.events[mark:]:
                p = e.get("params", {})
                if e["method"] in ("Browser.downloadWillBegin", "Page.downloadWillBegin"):
                    suggested = p.get("suggestedFilename")
                elif e["method"] in ("Browser.downloadProgress", "Page.downloadProgress"):
                    state = p.get("state")
                elif e["method"] == "Page.loadEventFired" and "sessionId" not in e:
                    self._loaded(mark, what)
                    raise StepFailed(f"{what}: the browser got a page, not a file: "
                                     f"{self.location()}: {self.page_error()}")
            if state == "canceled":
                raise StepFailed(f"{what}: the download was canceled")
            done = [f for f in target.iterdir() if not f.name.endswith(".crdownload")]
            if state == "completed" and done:
                break
        else:
            raise StepFailed(f"{what}: no file within {self.timeout} s (state {state})")
        data = done[0].read_bytes()
        found = re.search(rb"<html[^>]*\blang=\"([^\"]*)\"", data[:4096])
        return {"name": name, "file": suggested or done[0].name, "bytes": len(data),
                "tlp_amber": b"TLP:AMBER" in data, "lang": found and found.group(1).decode()}


# MARK: the commands

def journey(b, opts, password, workdir):
    """The analyst's walk through a new case (see the module's description)."""
    out = {"case_id": None, "case_url": None, "inbox_title": None, "upload_result": None,
           "campaigns": [], "messages": [], "message_title": None, "analysis": None,
           "analysis_lines": None, "attachments": [], "notes": [], "status": None,
           "status_line": None, "case_headings": [], "report_download": None, "downloads": [],
           "report_title": None, "report_lang": None, "inbox": [], "html_lang": None,
           "page_langs": {}, "steps": []}

    def step_sign_in():
        b.sign_in(opts.user, password)
        out["inbox_title"] = b.text("main h1")
        out["page_langs"]["inbox"] = b.lang()

    def step_create_the_case():
        b.submit("form[action='/cases']", {"title": opts.title}, "creating the case")
        m = re.fullmatch(r"/cases/([^/]+)", b.path())
        if not m:
            raise StepFailed(f"creating the case: landed on {b.location()}, not a case page")
        out["case_id"] = urllib.parse.unquote(m.group(1))
        out["case_url"] = f"/cases/{m.group(1)}"
        heading = b.text("main h1")
        if heading != opts.title.strip():
            b.errors.append(f"the new case's page is headed {heading!r}, not {opts.title!r}")

    def step_upload():
        what = "uploading the reports"
        root = b.dt.call("DOM.getDocument", timeout=b.timeout, depth=0)["root"]["nodeId"]
        node = b.dt.call("DOM.querySelector", timeout=b.timeout, nodeId=root,
                         selector="form[action$='/upload'] input[type=file][name=files]")["nodeId"]
        if not node:
            raise StepFailed(f"{what}: no file input on {b.location()}")
        b.dt.call("DOM.setFileInputFiles", timeout=b.timeout, nodeId=node,
                  files=[str(Path(f).resolve()) for f in opts.upload])
        chosen = b.js("document.querySelector(\"form[action$='/upload'] input[type=file]\")"
                      ".files.length")
        if chosen != len(opts.upload):
            raise StepFailed(f"{what}: the input holds {chosen} files, not {len(opts.upload)}")
        b.submit("form[action$='/upload']", {}, what)
        if not b.path().startswith(out["case_url"]):
            raise StepFailed(f"{what}: landed on {b.location()}")
        out["upload_result"] = b.text("p.result")
        if not out["upload_result"]:
            b.errors.append(f"{what}: the case page shows no result line")

    def step_read_the_tables():
        out["campaigns"] = b.table("table.campaigns", CAMPAIGN_KEYS)
        out["messages"] = b.table("table.messages", MESSAGE_KEYS)
        for name in ("campaigns", "messages"):
            if out[name] is None:
                out[name] = []
                raise StepFailed(f"reading the case: no table.{name} on {b.location()}")

    def step_open_a_message():
        if not out["messages"]:
            raise StepFailed("opening a message: the case lists none")
        b.click("table.messages a[href*='/messages/']", "opening the first message")
        out["message_title"] = b.js("document.title")
        analysis = b.js("(e => e && e.textContent)(document.querySelector('pre.analysis'))") or ""
        out["analysis"] = analysis[:2000] or None
        out["analysis_lines"] = len(analysis.splitlines())
        if not analysis:
            b.errors.append(f"the message page {b.location()} has no analysis")
        elif out["analysis_lines"] == 1 and len(analysis) > 200:
            b.errors.append("pre.analysis holds the analysis on one line: its line breaks are lost")
        out["attachments"] = b.table("table.attachments", ATTACHMENT_KEYS + [None]) or []
        out["page_langs"]["message"] = b.lang()
        b.screenshot("message")
        b.click(f"main a[href='{out['case_url']}']", "going back to the case")

    def step_add_a_note():
        b.submit(f"form[action='{out['case_url']}/notes']", {"text": opts.note}, "adding a note")
        out["notes"] = b.js("[...document.querySelectorAll('ul.notes li')]"
                            ".map(li => li.textContent.replace(/\\s+/g, ' ').trim())") or []
        if not any(opts.note.strip() in n for n in out["notes"]):
            b.errors.append(f"the note is not listed in ul.notes: {out['notes']}")

    def step_set_the_status():
        b.submit(f"form[action='{out['case_url']}/status']", {"status": "investigating"},
                 "setting the status")
        line = b.text("main h1 + p") or ""
        out["status_line"] = line
        m = re.match(r"[^:]*:\s*(\S+)", line)
        out["status"] = m and m.group(1)
        selected = b.js("(s => s && s.value)(document.querySelector('select[name=status]'))")
        if out["status"] != "investigating" or selected != "investigating":
            b.errors.append(f"after setting the status the page says {line!r} "
                            f"(selected: {selected!r})")
        out["html_lang"] = out["page_langs"]["case"] = b.lang()
        out["case_headings"] = b.js("[...document.querySelectorAll('main h1, main h2')]"
                                    ".map(h => h.textContent.replace(/\\s+/g, ' ').trim())")
        for h in out["case_headings"]:
            if re.match(r"^\s*[\[{].*[\]}]\s*$", h):
                b.errors.append(f"a heading of the case page shows data, not a word: {h[:200]}")
        b.screenshot("case")

    def step_download():
        names = ["report.html"] + [n for n in opts.download if n != "report.html"]
        for name in names:
            try:
                got = b.download(name, workdir)
            except StepFailed as e:
                b.errors.append(str(e))
                got = {"name": name, "error": str(e)}
            out["downloads"].append(got)
            if name == "report.html":
                out["report_download"] = got

    def step_open_the_report():
        b.click(f"main a[href='{out['case_url']}/report']", "opening the report")
        out["report_title"] = b.js("document.title")
        out["report_lang"] = out["page_langs"]["report"] = b.lang()
        b.screenshot("report")

    def step_inbox():
        b.navigate("/", "going to the inbox")
        # The cases' table: table.cases where the inbox also lists reported mail, else the
        # inbox's one table (with a message count).
        if b.js("!!document.querySelector('table.cases')"):
            out["inbox"] = b.table("table.cases", ["title", "status", "owner", "updated"])
        else:
            out["inbox"] = b.table("main table", ["title", "status", "owner", "messages",
                                                  "updated"])
        b.screenshot("inbox")

    steps = [("sign in", True, step_sign_in),
             ("create the case", True, step_create_the_case),
             ("upload", False, step_upload),
             ("read the tables", False, step_read_the_tables),
             ("open a message", False, step_open_a_message),
             ("add a note", False, step_add_a_note),
             ("set the status", False, step_set_the_status),
             ("download", False, step_download),
             ("open the report", False, step_open_the_report),
             ("inbox", False, step_inbox)]
    for name, essential, body in steps:
        started, ok = time.monotonic(), True
        try:
            body()
        except StepFailed as e:
            ok = False
            b.errors.append(str(e))
            if essential:
                break
            if out["case_url"]:  # on with the next step from the case's page
                try:
                    b.navigate(out["case_url"], "going back to the case")
                except StepFailed as again:
                    b.errors.append(str(again))
                    break
        finally:
            out["steps"].append({"step": name, "seconds": round(time.monotonic() - started, 2),
                                 "ok": ok})
    return out


def visit(b, opts, password):
    """Signs in, then loads each path, lets it run and reads its DOM and its frames'."""
    pages = []
    b.sign_in(opts.user, password)
    for path in opts.paths:
        page = {"path": path}
        pages.append(page)
        try:
            page["status"] = b.navigate(path, f"visiting {path}")
        except StepFailed as e:
            page["error"] = str(e)
            b.errors.append(str(e))
        b.dt.pump(opts.wait)
        page["url"] = b.location()
        page["dom"] = b.js("document.documentElement ? document.documentElement.outerHTML : ''")
        page["frames"] = frames(b)
    return {"pages": pages}


def frames(b):
    """The DOM of each frame below the main one: through an isolated world in its context
    (a sandboxed frame's document is out of the page's reach), or through its own session
    when it runs in another process."""
    found = []

    def walk(tree):
        for child in tree.get("childFrames", []):
            frame = child["frame"]
            entry = {"url": frame.get("url", ""), "process": "page"}
            if entry["url"].startswith("chrome-error:"):
                entry["error"] = "Chromium's error page: the frame's load was refused"
                found.append(entry)
                continue
            try:
                world = b.dt.call("Page.createIsolatedWorld", timeout=b.timeout,
                                  frameId=frame["id"], worldName="workbench_browser")
                r = b.dt.call("Runtime.evaluate", timeout=b.timeout,
                              contextId=world["executionContextId"], returnByValue=True,
                              expression="document.documentElement ? "
                                         "document.documentElement.outerHTML : ''")
                entry["dom"] = r.get("result", {}).get("value")
            except ProtocolError as e:
                entry["error"] = str(e)
            found.append(entry)
            walk(child)

    walk(b.dt.call("Page.getFrameTree", timeout=b.timeout)["frameTree"])
    for session, info in list(b.sessions.items()):
        if info.get("type") != "iframe":
            continue
        entry = {"url": info.get("url", ""), "process": "own"}
        try:
            r = b.dt.call("Runtime.evaluate", timeout=b.timeout, _session=session,
                          returnByValue=True, expression="document.documentElement ? "
                                                         "document.documentElement.outerHTML : ''")
            entry["dom"] = r.get("result", {}).get("value")
        except ProtocolError as e:
            entry["error"] = str(e)
        found.append(entry)
    return found


# MARK: main

class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"workbench_browser: {message}", file=sys.stderr)
        sys.exit(64)


def arguments(argv):
    ap = Parser(prog="workbench_browser.py", description=__doc__.split("\n")[0],
                formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="the workbench's URL, http://HOST:PORT")
    ap.add_argument("--user", required=True, help="the user to sign in as (password: "
                    f"${PASSWORD_ENV})")
    ap.add_argument("--lang", choices=["en", "ja"], help="choose the pages' language first")
    ap.add_argument("--screenshots", metavar="DIR", help="write full-page screenshots there")
    ap.add_argument("--prefix", default="workbench", help="the screenshots' name prefix")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM") or "/usr/bin/chromium")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--timeout", type=float, default=30, help="the longest wait for one step")
    ap.add_argument("--deadline", type=int, default=300, help="the longest the run may take")
    commands = ap.add_subparsers(dest="command", required=True)
    j = commands.add_parser("journey", help="an analyst's walk through a new case")
    j.add_argument("--title", required=True)
    j.add_argument("--upload", nargs="+", required=True, metavar="FILE")
    j.add_argument("--note", default=DEFAULT_NOTE)
    j.add_argument("--download", action="append", default=[], metavar="NAME",
                   help="another export to download (report.html always is)")
    v = commands.add_parser("visit", help="load pages and read their DOM")
    v.add_argument("paths", nargs="+", metavar="PATH")
    v.add_argument("--wait", type=float, default=2, help="seconds to let each page run")
    opts = ap.parse_args(argv)
    parts = urllib.parse.urlsplit(opts.base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        ap.error(f"--base is a URL such as http://127.0.0.1:18080, not {opts.base!r}")
    if opts.command == "journey":
        missing = [f for f in opts.upload if not Path(f).is_file()]
        if missing:
            ap.error(f"no such file: {', '.join(missing)}")
    return opts


def main(argv=None):
    opts = arguments(argv)
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        print(f"workbench_browser: set {PASSWORD_ENV} to the user's password", file=sys.stderr)
        return 64
    if opts.screenshots:
        Path(opts.screenshots).mkdir(parents=True, exist_ok=True)

    def out_of_time(*_):
        raise OutOfTime(f"the run took longer than --deadline {opts.deadline} s")

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(2))
    signal.signal(signal.SIGALRM, out_of_time)
    signal.alarm(opts.deadline)
    workdir = tempfile.mkdtemp(prefix="workbench-browser-")
    profile, proc, dt = os.path.join(workdir, "profile"), None, None
    try:
        os.mkdir(profile)
        proc, port = launch(opts.chromium, opts.width, opts.height, profile, extra=FLAGS)
        if port is None:
            raise ProtocolError("Chromium wrote no DevToolsActivePort within 20 s")
        dt = DevTools(page_target(port))
        b = Browser(dt, opts)
        b.start()
        try:
            out = (journey(b, opts, password, workdir) if opts.command == "journey"
                   else visit(b, opts, password))
        except StepFailed as e:  # visit: signing in failed
            b.errors.append(str(e))
            out = {"pages": []}
        if opts.command == "journey":
            dt.pump(0.5)  # the last page's late events
        b.errors += [f"{e['url']} answered {e['status']} ({e.get('type')})" for e in b.http_errors
                     if b.own(e["url"] or "") and e.get("type") != "Document"
                     and not b.incidental(e["url"])]
        b.errors += [f"a {t['type']} ran in a process of its own ({t['url']}): its first requests "
                     "may have gone unrecorded" for t in b.attached]
        if opts.command == "journey":  # (what a hostile page `visit`s tries is the point)
            b.errors += [f"console {c['level']}: {c.get('text')}" for c in b.console
                         if c["level"] == "error" and not b.incidental(c.get("url", ""))]
        out.update({"foreign_requests": b.foreign(), "requests": b.all_urls,
                    "failed_requests": b.failed,
                    "http_errors": b.http_errors, "console": b.console,
                    "frames_attached": b.attached, "errors": b.errors})
        if opts.command == "journey":
            out.update({"statuses": b.statuses, "screenshots": b.screenshots})
    except (ProtocolError, OutOfTime, OSError, TimeoutError, ValueError, KeyError) as e:
        signal.alarm(0)
        print(f"workbench_browser: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    finally:
        signal.alarm(0)
        if proc is not None:
            stop(proc, dt)
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
