import MailCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let date = FieldParsers.date(text) {
    _ = date.rfc3339
    _ = date.rfc3339Local
  }
  return 0
}
