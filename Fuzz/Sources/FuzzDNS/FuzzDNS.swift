import DNSClient

/// The DNS answer parser: whatever a hostile or broken server sends.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDNS(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let id = bytes.count >= 2 ? UInt16(bytes[0]) << 8 | UInt16(bytes[1]) : 0
  _ = try? DNSResolver.decodeTXTAnswer(bytes, id: id)
  _ = DNSResolver.decodeNameAnswers(bytes, id: id)
  return 0
}
