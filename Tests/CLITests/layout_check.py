"""Checks the layout of a self-contained HTML report in real headless Chromium.

Usage: python3 layout_check.py REPORT.html [--width 1280] [--height 900]
           [--screenshot OUT.png] [--pdf OUT.pdf] [--chromium PATH]

Drives Chromium through the DevTools protocol (a small RFC 6455 WebSocket client on the standard
library), loads the report at the given viewport, and prints one JSON object: the URLs the page
requested (other than itself and data: URLs), whether the page scrolls horizontally, the elements
whose content overflows their box, words broken across lines, and the screenshot and PDF written.
Exit status 0 when the check ran, whatever it found; 2 when Chromium or the protocol failed.
"""
import argparse, base64, hashlib, json, os, re, shutil, signal, socket, struct
import subprocess, sys, tempfile, time, urllib.error, urllib.parse, urllib.request
from pathlib import Path

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

# Runs through Runtime.evaluate, which the page's Content-Security-Policy does not block.
MEASURE_JS = r"""(() => {
  const overflows = []; let overflowCount = 0; const brokenWords = [];
  const add = (el, reason, sw, cw) => overflowCount++ < 50 && overflows.push({
    tag: el.tagName.toLowerCase(), class: el.getAttribute('class') || '', reason,
    scrollWidth: Math.round(sw), clientWidth: Math.round(cw),
    text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 80)});
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX === 'visible')
      add(el, 'content wider than its box', el.scrollWidth, el.clientWidth);
    const tag = el.tagName.toLowerCase(), right = el.getBoundingClientRect().right;
    if (right > innerWidth + 1 && el.parentElement.getBoundingClientRect().right <= innerWidth + 1)
      add(el, 'extends past the right edge of the page', right, innerWidth);
    if (tag === 'td' || tag === 'th' || el.classList.contains('box')) {
      const p = el.getBoundingClientRect();
      for (const c of el.children) {
        const r = c.getBoundingClientRect();
        if (r.width > 0 && (r.left < p.left - 1 || r.right > p.right + 1))
          add(c, 'child extends beyond its ' + (tag === 'td' || tag === 'th' ? tag : '.box'),
              Math.max(r.right, p.right) - Math.min(r.left, p.left), p.width);
      }
    }
    if (tag === 'text' && el instanceof SVGElement) {
      let rect = el.previousElementSibling;
      while (rect && rect.tagName.toLowerCase() !== 'rect') rect = rect.previousElementSibling;
      if (!rect) continue;
      const t = el.getBoundingClientRect(), b = rect.getBoundingClientRect();
      const sides = ['left', 'top'].filter(k => t[k] < b[k] - 1).concat(
        ['right', 'bottom'].filter(k => t[k] > b[k] + 1));
      if (sides.length) add(el, `svg text beyond its rect (${sides.join(', ')})`, t.width, b.width);
    }
  }
  // A Latin word (a run of letters and digits) whose glyphs sit on more than one line was cut
  // by the layout; a break at a hyphen, a space or between Japanese characters is normal.
  const walker = document.createTreeWalker(document.body || document, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n && brokenWords.length < 500; n = walker.nextNode()) {
    for (const m of n.data.matchAll(/[A-Za-z0-9]{2,}/g)) {
      range.setStart(n, m.index); range.setEnd(n, m.index + m[0].length);
      const tops = [...range.getClientRects()].map(r => r.top);
      if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 1) {
        brokenWords.push({word: m[0].slice(0, 80), tag: n.parentElement.tagName.toLowerCase(),
                          class: n.parentElement.getAttribute('class') || '', how: 'layout'});
        if (brokenWords.length >= 500) break;
      }
    }
  }
  // Heuristic: SVG label wrapped by hand, one <text> ends in a letter and the next starts with one.
  for (const t of document.querySelectorAll('svg text')) {
    const prev = t.previousElementSibling, a = prev && prev.textContent.match(/(\w+)$/);
    const b = a && prev.tagName.toLowerCase() === 'text' && t.textContent.match(/^(\w+)/);
    if (b && brokenWords.length < 50)
      brokenWords.push({word: a[1] + '|' + b[1], tag: 'text', class: t.getAttribute('class') || '',
                        how: 'svg text lines'});
  }
  const d = document.documentElement;
  return {pageOverflow: d.scrollWidth > window.innerWidth, scrollWidth: d.scrollWidth,
          innerWidth: window.innerWidth, scrollHeight: d.scrollHeight, overflows,
          overflowCount, brokenWords};
})()"""


class ProtocolError(Exception):
    """Chromium could not be started, or the DevTools protocol failed."""


def unmask(data, mask):
    """XORs data with the 4-byte mask repeated (masking and unmasking are the same)."""
    return bytes(b ^ mask[i % 4] for i, b in enumerate(data))


class WebSocket:
    """A minimal RFC 6455 client: masked text frames out, text frames (maybe fragmented) in."""

    def __init__(self, url, timeout=20):
        """Connects and performs the opening handshake with the ws:// URL."""
        parts = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port or 80), timeout=timeout)
        self.buf = bytearray()
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in self.buf:
            self._fill(deadline)
        head, _, rest = bytes(self.buf).partition(b"\r\n\r\n")
        self.buf = bytearray(rest)
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip()
                   for k, _, v in (line.partition(":") for line in lines[1:])}
        accept = base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()
        if lines[0].split()[1:2] != ["101"] or headers.get("sec-websocket-accept") != accept:
            raise ProtocolError(f"WebSocket handshake refused: {lines[0]}")

    def _fill(self, deadline):
        """Reads more bytes into the buffer before the deadline."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise socket.timeout("timed out")
        self.sock.settimeout(left)
        chunk = self.sock.recv(1 << 20)
        if not chunk:
            raise ProtocolError("Chromium closed the DevTools connection")
        self.buf += chunk

    def _take(self, n, deadline):
        """Returns exactly n bytes from the connection."""
        while len(self.buf) < n:
            self._fill(deadline)
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def send(self, opcode, payload):
        """Sends one final, masked frame (client frames must be masked), 7/16/64-bit length."""
        n, mask = len(payload), os.urandom(4)
        size = (bytes([0x80 | n]) if n < 126 else bytes([0xFE]) + struct.pack("!H", n)
                if n < 1 << 16 else bytes([0xFF]) + struct.pack("!Q", n))
        self.sock.sendall(bytes([0x80 | opcode]) + size + mask + unmask(payload, mask))

    def recv_text(self, deadline):
        """Returns the next complete text message, answering pings on the way."""
        parts = []
        while True:
            b0, b1 = self._take(2, deadline)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._take(2, deadline))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._take(8, deadline))[0]
            mask = self._take(4, deadline) if b1 & 0x80 else None
            data = unmask(self._take(n, deadline), mask) if mask else self._take(n, deadline)
            if opcode == 0x9:
                self.send(0xA, data)
            elif opcode == 0x8:
                raise ProtocolError("Chromium closed the DevTools WebSocket")
            elif opcode in (0x0, 0x1, 0x2):
                parts.append(data)
                if b0 & 0x80:
                    return b"".join(parts).decode("utf-8")


class DevTools:
    """JSON commands with incrementing ids over a WebSocket; events are kept as they arrive."""

    def __init__(self, url):
        """Connects to a target's webSocketDebuggerUrl."""
        self.ws, self.next_id, self.events = WebSocket(url), 0, []

    def _next(self, deadline, what):
        """Reads the next message, keeping it when it is an event."""
        try:
            msg = json.loads(self.ws.recv_text(deadline))
        except socket.timeout:
            raise TimeoutError(f"Chromium sent no {what} in time")
        if "method" in msg:
            self.events.append(msg)
        return msg

    def call(self, method, timeout=30, **params):
        """Sends a command and returns its result, collecting events until the reply comes."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        self.ws.send(0x1, json.dumps(message).encode())
        deadline = time.monotonic() + timeout
        while True:
            msg = self._next(deadline, f"reply to {method}")
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise ProtocolError(f"{method} failed: {msg['error']}")
                return msg.get("result", {})

    def wait_event(self, method, timeout=30):
        """Waits for an event (possibly already received) and returns its params."""
        deadline, seen = time.monotonic() + timeout, 0
        while True:
            for e in self.events[seen:]:
                if e["method"] == method:
                    return e.get("params", {})
            seen = len(self.events)
            self._next(deadline, method)


def launch(chromium, width, height, profile):
    """Starts headless Chromium in its own process group; returns (process, DevTools port)."""
    args = [chromium, "--headless=new", "--remote-debugging-port=0", f"--user-data-dir={profile}",
            "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update",
            "--disable-default-apps", "--hide-scrollbars", f"--window-size={width},{height}"]
    if os.geteuid() == 0:
        args.append("--no-sandbox")
    try:
        proc = subprocess.Popen(args + ["about:blank"], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    except OSError as e:
        raise ProtocolError(f"cannot start {chromium}: {e}")
    port_file = Path(profile) / "DevToolsActivePort"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ProtocolError(f"{chromium} exited with status {proc.returncode}")
        lines = port_file.read_text().split("\n") if port_file.exists() else []
        if lines and lines[0].strip().isdigit():
            return proc, int(lines[0])
        time.sleep(0.1)
    return proc, None


def page_target(port):
    """Returns the webSocketDebuggerUrl of a page target, creating one if there is none."""
    base = f"http://127.0.0.1:{port}/json"
    with urllib.request.urlopen(base + "/list", timeout=10) as r:
        pages = [t for t in json.load(r) if t.get("type") == "page"]
    if pages:
        return pages[0]["webSocketDebuggerUrl"]
    for method in ("PUT", "GET"):
        try:
            req = urllib.request.Request(base + "/new?about:blank", method=method)
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.load(r)["webSocketDebuggerUrl"]
        except urllib.error.HTTPError:
            continue
    raise ProtocolError("no page target and none could be created")


def check(dt, report, opts):
    """Loads the report, measures it, writes the screenshot and PDF; returns the result object."""
    dt.call("Network.enable")
    dt.call("Page.enable")
    metrics = dict(width=opts.width, height=opts.height, deviceScaleFactor=1, mobile=False)
    dt.call("Emulation.setDeviceMetricsOverride", **metrics)
    url = report.as_uri()
    dt.events.clear()
    nav = dt.call("Page.navigate", url=url)
    if nav.get("errorText"):
        raise ProtocolError(f"cannot load {url}: {nav['errorText']}")
    dt.wait_event("Page.loadEventFired", timeout=30)
    found = dt.call("Runtime.evaluate", expression=MEASURE_JS, returnByValue=True)
    if "exceptionDetails" in found:
        raise ProtocolError(f"measuring failed: {found['exceptionDetails']}")
    m = found["result"]["value"]
    out = {"requests": [], "pageOverflow": m["pageOverflow"], "scrollWidth": m["scrollWidth"],
           "innerWidth": m["innerWidth"], "overflows": m["overflows"],
           "overflowCount": m["overflowCount"], "brokenWords": m["brokenWords"],
           "screenshot": None, "pdf": None, "pdfPages": None}
    if opts.screenshot:
        metrics["height"] = max(opts.height, min(m["scrollHeight"], 20000))
        dt.call("Emulation.setDeviceMetricsOverride", **metrics)
        shot = dt.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        Path(opts.screenshot).write_bytes(base64.b64decode(shot["data"]))
        out["screenshot"] = opts.screenshot
        dt.call("Emulation.clearDeviceMetricsOverride")
    if opts.pdf:
        pdf = base64.b64decode(dt.call("Page.printToPDF", timeout=60, printBackground=True,
                                       paperWidth=8.27, paperHeight=11.69, marginTop=0.4,
                                       marginBottom=0.4, marginLeft=0.4, marginRight=0.4)["data"])
        Path(opts.pdf).write_bytes(pdf)
        out["pdf"], out["pdfPages"] = opts.pdf, len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    own = urllib.parse.unquote(url)
    for u in (e["params"]["request"]["url"] for e in dt.events
              if e["method"] == "Network.requestWillBeSent"):
        if not u.startswith("data:") and urllib.parse.unquote(u.split("#")[0]) != own:
            out["requests"] += [] if u in out["requests"] else [u]
    return out


def stop(proc, dt):
    """Closes Chromium (Browser.close lets it reap its children), then ends its process group."""
    if dt is not None:
        try:
            dt.call("Browser.close", timeout=5)
            proc.wait(timeout=5)
        except (ProtocolError, OSError, ValueError, subprocess.TimeoutExpired):
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL):  # the group is ours: start_new_session=True
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=5)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def main():
    """Parses the arguments, runs the check and always stops Chromium and removes its profile."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("report")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--screenshot")
    ap.add_argument("--pdf")
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM") or "/usr/bin/chromium")
    opts = ap.parse_args()
    report = Path(opts.report).resolve()
    if not report.is_file():
        print(f"layout_check: no such file: {opts.report}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(2))
    profile, proc, dt = tempfile.mkdtemp(prefix="layout-check-"), None, None
    try:
        proc, port = launch(opts.chromium, opts.width, opts.height, profile)
        if port is None:
            raise ProtocolError("Chromium wrote no DevToolsActivePort within 20 s")
        dt = DevTools(page_target(port))
        out = check(dt, report, opts)
    except (ProtocolError, OSError, TimeoutError, ValueError, KeyError) as e:
        print(f"layout_check: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    finally:
        if proc is not None:
            stop(proc, dt)
        shutil.rmtree(profile, ignore_errors=True)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
