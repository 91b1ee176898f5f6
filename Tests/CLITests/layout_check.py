"""Checks the layout of a self-contained HTML report in real headless Chromium.

Usage: python3 layout_check.py REPORT.html [--width 1280] [--height 900]
           [--screenshot OUT.png] [--pdf OUT.pdf] [--chromium PATH]

Drives Chromium through the DevTools protocol (devtools.py: a small RFC 6455 WebSocket client on
the standard library), loads the report at the given viewport, and prints one JSON object: the URLs
the page requested (other than itself and data: URLs), whether the page scrolls horizontally, the
elements whose content overflows their box, words broken across lines, and the screenshot and PDF
written.
Exit status 0 when the check ran, whatever it found; 2 when Chromium or the protocol failed.
"""
import argparse, base64, json, os, re, shutil, signal, sys, tempfile, urllib.parse
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from devtools import DevTools, ProtocolError, launch, page_target, stop  # noqa: E402

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
