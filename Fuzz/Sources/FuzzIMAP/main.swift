import IMAPProtocol

/// Feeds the input to the IMAP response parser in two pieces (split where the first byte says)
/// under small bounds, and reads every response and its FETCH attributes: an error is an answer
/// (the client reconnects), a crash, a hang or unbounded memory is the bug.
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
  return 0
}
