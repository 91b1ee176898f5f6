import MailCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMessageID(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = FieldParsers.messageIDs(text)
  _ = HTMLText.reduce(text)
  _ = ThreadText.currentThread(of: text)
  return 0
}
