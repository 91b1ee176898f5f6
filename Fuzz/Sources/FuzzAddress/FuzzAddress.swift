import MailCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAddress(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for address in FieldParsers.addresses(text, limits: .strict) {
    _ = address.domain
    _ = address.unicodeDomain
    _ = address.localPart
  }
  return 0
}
