import IMAPProtocol

/// Feeds the input to the IMAP response parser in two pieces (split where the first byte says)
/// under small bounds, and reads every response and its FETCH attributes; then the same bytes to
/// the SMTP reply parser (the submission server's side of the answers to reporters). An error is
/// an answer (the client reconnects, or the answer is tried again), a crash, a hang or unbounded
/// memory is the bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIMAP(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var limits = IMAPResponseParser.Limits()
  limits.maxLiteralBytes = 1 << 20
  limits.maxLineBytes = 4 << 10
  var parser = IMAPResponseParser(limits: limits)
  let split = bytes.isEmpty ? 0 : Int(bytes[0]) * bytes.count / 256
  for piece in [bytes[..<split], bytes[split...]] {
    parser.feed(piece)
    while true {
      guard let response = try? parser.next() else { break }
      _ = response.fetchAttributes
    }
  }
  precondition(parser.pending <= bytes.count)
  var smtpLimits = SMTPReplyParser.Limits()
  smtpLimits.maxLineBytes = 1 << 10
  smtpLimits.maxLines = 16
  var smtp = SMTPReplyParser(limits: smtpLimits)
  for piece in [bytes[..<split], bytes[split...]] {
    smtp.feed(piece)
    while true {
      guard let reply = try? smtp.next() else { break }
      precondition(reply.lines.count <= smtpLimits.maxLines && (100..<600).contains(reply.code))
    }
  }
  precondition(smtp.pending <= bytes.count)
  return 0
}
