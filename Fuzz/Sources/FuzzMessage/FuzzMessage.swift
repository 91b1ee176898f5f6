import MailCore
import Reporting

/// Parses the input as a message with the default and the strict bounds, and touches every
/// derived view (body text, current thread, attachments, embedded messages, the JSON report).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for limits in [ParseLimits.default, .strict] {
    let message = MessageParser(limits: limits).parse(bytes)
    precondition(!message.parts.isEmpty)
    for part in message.parts {
      precondition(part.bodyRange.upperBound <= message.buffers[part.buffer].count)
    }
    _ = message.currentThreadText
    _ = message.attachments
    for inner in message.embeddedMessages { _ = inner.bodyText }
    _ = ParseReport(message: message, source: "fuzz")
    _ = ParseTextRenderer().render(message, source: "fuzz")
  }
  return 0
}
