import MailCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContentType(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = FieldParsers.contentType(text, limits: .strict)?.charset
  _ = FieldParsers.contentDisposition(text, limits: .strict).filename
  return 0
}
