import Foundation
import Intelligence

/// The intelligence settings file (YAML a user writes) and the answer decoders' JSON, through
/// the public decoding types.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIntel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  _ = try? JSONDecoder().decode([Breach].self, from: bytes)
  _ = try? JSONDecoder().decode(IPReputation.self, from: bytes)
  let path = NSTemporaryDirectory() + "fuzz-intel-\(getpid()).yaml"
  if FileManager.default.createFile(atPath: path, contents: bytes) {
    _ = try? IntelSettings.load(path: path, environment: [:])
  }
  return 0
}
