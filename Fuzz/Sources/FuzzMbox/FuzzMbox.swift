import MailCore

/// The mbox splitter over in-memory input, with a small size bound so cutting is exercised.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMbox(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let reader = MboxReader(bytes: bytes, maxMessageBytes: 4096)
  var total = 0
  while let entry = try? reader.next() {
    total += entry.bytes.count
    precondition(entry.bytes.count <= 4096 + 8192)
    if entry.index > 100_000 { break }
  }
  _ = total
  return 0
}
