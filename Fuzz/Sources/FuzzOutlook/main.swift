import MailCore

/// Reads the input as an Outlook `.msg` (compound file, properties, RTF), rewrites it as MIME
/// and parses that; also feeds it to the compressed-RTF and RTF readers directly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOutlook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let outlook = try? OutlookMessage(bytes) {
    let mime = outlook.mime()
    let message = MessageParser().parse(mime)
    precondition(!message.parts.isEmpty)
    _ = message.bodyText
    _ = message.attachments
  }
  let message = MessageParser(limits: .strict).parse(bytes)
  precondition(!message.parts.isEmpty)
  if let rtf = try? CompressedRTF.decompress(bytes, limit: 1 << 20) {
    _ = RTFText.html(rtf)
    _ = RTFText.text(rtf)
  }
  _ = RTFText.html(bytes)
  _ = RTFText.text(bytes)
  return 0
}
