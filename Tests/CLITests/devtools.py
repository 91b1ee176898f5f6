"""Headless Chromium driven through the DevTools protocol, on the standard library only.

Used by layout_check.py (a report's layout) and workbench_browser.py (the workbench in a real
browser). What is here:

- `launch(chromium, width, height, profile)`: starts headless Chromium in its own process group
  with a throwaway profile and remote debugging on a free port; returns (process, port).
- `page_target(port)`: the WebSocket URL of a page target (made when there is none).
- `WebSocket`: a minimal RFC 6455 client (masked text frames out, text frames in).
- `DevTools`: JSON commands with incrementing ids over that WebSocket; the events that arrive
  meanwhile are kept in `events` (in order) and passed to `listeners`. A command may go to a
  child session (`_session=`, with Target.setAutoAttach's flat sessions).
- `stop(process, devtools)`: closes Chromium and ends its process group.

Every read has a deadline: nothing here waits forever.
"""
import base64, hashlib, json, os, signal, socket, struct
import subprocess, time, urllib.error, urllib.parse, urllib.request
from pathlib import Path

WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


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
        self.buf, self.parts = bytearray(), []
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
        parts = self.parts  # fragments of a message, kept should the deadline pass between them
        while True:
            # The frame header is read before a message is taken apart; a timeout between
            # frames leaves the buffer at a frame boundary, so reading may resume later.
            b0, b1 = self._peek_header(deadline)
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
                    self.parts = []
                    return b"".join(parts).decode("utf-8")

    def _peek_header(self, deadline):
        """Takes a frame's first two bytes once its whole header and payload have arrived.

        Waiting for the complete frame first means a deadline that passes mid-frame leaves the
        buffer intact (a later read starts again at this frame)."""
        while True:
            if len(self.buf) >= 2:
                b1 = self.buf[1]
                n, at = b1 & 0x7F, 2
                if n == 126 and len(self.buf) >= 4:
                    n, at = struct.unpack("!H", bytes(self.buf[2:4]))[0], 4
                elif n == 127 and len(self.buf) >= 10:
                    n, at = struct.unpack("!Q", bytes(self.buf[2:10]))[0], 10
                elif n >= 126:
                    n, at = None, None
                if n is not None and len(self.buf) >= at + (4 if b1 & 0x80 else 0) + n:
                    return self._take(2, deadline)
            self._fill(deadline)


class DevTools:
    """JSON commands with incrementing ids over a WebSocket; events are kept as they arrive."""

    def __init__(self, url):
        """Connects to a target's webSocketDebuggerUrl."""
        self.ws, self.next_id, self.events = WebSocket(url), 0, []
        # Functions called with each event as it arrives (they may `send`, not `call`).
        self.listeners = []

    def _next(self, deadline, what):
        """Reads the next message, keeping it when it is an event."""
        try:
            msg = json.loads(self.ws.recv_text(deadline))
        except socket.timeout:
            raise TimeoutError(f"Chromium sent no {what} in time")
        if "method" in msg:
            self.events.append(msg)
            for listener in self.listeners:
                listener(msg)
        return msg

    def send(self, method, _session=None, **params):
        """Sends a command without waiting for its reply (which is read and dropped later);
        returns its id."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if _session:
            message["sessionId"] = _session
        self.ws.send(0x1, json.dumps(message).encode())
        return self.next_id

    def call(self, method, timeout=30, _session=None, **params):
        """Sends a command and returns its result, collecting events until the reply comes."""
        sent = self.send(method, _session=_session, **params)
        deadline = time.monotonic() + timeout
        while True:
            msg = self._next(deadline, f"reply to {method}")
            if msg.get("id") == sent:
                if "error" in msg:
                    raise ProtocolError(f"{method} failed: {msg['error']}")
                return msg.get("result", {})

    def wait_event(self, method, timeout=30, since=0, where=None):
        """Waits for an event (possibly already received, at index `since` or later) for which
        `where(params)` holds, and returns its params."""
        deadline, seen = time.monotonic() + timeout, since
        while True:
            for e in self.events[seen:]:
                if e["method"] == method and (where is None or where(e.get("params", {}))):
                    return e.get("params", {})
            seen = max(seen, len(self.events))
            self._next(deadline, method)

    def pump(self, seconds):
        """Reads (and keeps) whatever events arrive for the given time."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self._next(deadline, "event")
            except TimeoutError:
                return


def launch(chromium, width, height, profile, extra=()):
    """Starts headless Chromium in its own process group; returns (process, DevTools port)."""
    args = [chromium, "--headless=new", "--remote-debugging-port=0", f"--user-data-dir={profile}",
            "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update",
            "--disable-default-apps", "--hide-scrollbars", f"--window-size={width},{height}"]
    args += list(extra)
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


def stop(proc, dt):
    """Closes Chromium (Browser.close lets it reap its children), then ends its process group."""
    if dt is not None:
        try:
            dt.call("Browser.close", timeout=5)
            proc.wait(timeout=5)
        except (ProtocolError, OSError, ValueError, TimeoutError, subprocess.TimeoutExpired):
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL):  # the group is ours: start_new_session=True
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=5)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
