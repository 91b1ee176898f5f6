import Analysis
import MailCore
import Reporting

/// The output-safety layer's invariants, on random text through every form (HTML, Markdown,
/// terminal text, preformatted lines, CSV) and on random messages through `analyze`'s text and
/// Markdown renderers. A violation is a crash, which libFuzzer keeps.
/// One analyzer for the run: loading the rules and lists per input would dominate the run.
let analyzer = Analyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEscape(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let text = String(decoding: bytes, as: UTF8.self)

  func terminalSafe(_ s: String, allowLF: Bool) -> Bool {
    s.unicodeScalars.allSatisfy { u in (allowLF && u == "\n") || !Inert.isHidden(u) }
  }
  precondition(terminalSafe(Inert.text(text), allowLF: false), "text")
  precondition(terminalSafe(Inert.lines(text), allowLF: true), "lines")

  let html = Inert.html(text)
  precondition(terminalSafe(html, allowLF: false), "html controls")
  precondition(!html.unicodeScalars.contains { "<>\"'`".unicodeScalars.contains($0) }, "html markup")
  for part in html.split(separator: "&", omittingEmptySubsequences: false).dropFirst() {
    precondition(["amp;", "lt;", "gt;", "quot;", "#39;", "#96;"].contains { part.hasPrefix($0) }, "html entity")
  }

  let markdown = Array(Inert.markdown(text).unicodeScalars)
  precondition(terminalSafe(String(String.UnicodeScalarView(markdown)), allowLF: false), "markdown controls")
  for (i, u) in markdown.enumerated() where "[]()<>!|`*_&~#{}".unicodeScalars.contains(u) {
    var n = 0
    while i - n - 1 >= 0, markdown[i - n - 1] == "\\" { n += 1 }
    precondition(n % 2 == 1, "markdown: unescaped \(u)")
  }
  let flat = String(String.UnicodeScalarView(markdown))
  precondition(!flat.replacingOccurrences(of: "\\[://\\]", with: "").contains("://"), "markdown: live scheme")

  let csv = Inert.csv(text)
  precondition(terminalSafe(csv, allowLF: false), "csv controls")
  let body = csv.hasPrefix("\"") ? csv.dropFirst() : Substring(csv)
  if let first = body.unicodeScalars.first(where: { $0 != " " }) {
    precondition(!"=+-@".unicodeScalars.contains(first), "csv formula")
  }

  // A message built from the same bytes, through analyze's renderers.
  let analysis = analyzer.analyze(MessageParser(limits: .strict).parse(Array(bytes)), source: "fuzz")
  precondition(terminalSafe(AnalyzeTextRenderer(style: .text).render(analysis), allowLF: true), "analyze text")
  precondition(
    terminalSafe(AnalyzeTextRenderer(style: .markdown).render(analysis), allowLF: true), "analyze markdown")
  return 0
}
