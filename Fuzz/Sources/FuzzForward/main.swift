import MailCore

/// Puts the input below a report's header as its body and looks for an inline forward in it,
/// rebuilding the forwarded message when one is found (labels, addresses, client dates).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForward(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let body = Array(UnsafeBufferPointer(start: data, count: size))
  let head = Array(
    "From: reporter@hisui-denki.example\r\nTo: security@hisui-denki.example\r\nSubject: FW: x\r\nDate: Fri, 17 May 2024 11:41:00 +0900\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
      .utf8)
  let report = MessageParser().parse(head + body)
  if let forward = InlineForward.find(in: report, isInternal: { $0.hasSuffix("@hisui-denki.example") }) {
    let message = forward.message()
    precondition(!message.parts.isEmpty)
    _ = message.bodyText
    precondition(forward.depth >= 1)
  }
  // The input as a whole message too (an HTML report, a forward inside a forward).
  let whole = MessageParser().parse(body)
  _ = InlineForward.find(in: whole)
  return 0
}
