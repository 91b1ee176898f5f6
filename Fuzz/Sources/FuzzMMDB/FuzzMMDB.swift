import Analysis
import Intelligence
import MailCore

/// The MaxMind DB reader: metadata, search tree and data section of any file a user brings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMMDB(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let reader = try? MMDBReader(bytes: bytes) else { return 0 }
  for text in ["1.1.1.1", "81.2.69.160", "2001:218::1", "::1.1.1.1", "255.255.255.255"] {
    _ = try? reader.lookup(IPAddress(text)!)
  }
  return 0
}
