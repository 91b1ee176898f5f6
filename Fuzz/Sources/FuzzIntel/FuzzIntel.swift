import Foundation
import Intelligence

/// The intelligence settings file (YAML a user writes), the answer decoders' JSON through the
/// public decoding types, and the analyst's evidence files (`--evidence`: CSV, or a saved answer
/// as JSON, in a file named after an address).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIntel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  _ = try? JSONDecoder().decode([Breach].self, from: bytes)
  _ = try? JSONDecoder().decode(IPReputation.self, from: bytes)
  let path = NSTemporaryDirectory() + "fuzz-intel-\(getpid()).yaml"
  if FileManager.default.createFile(atPath: path, contents: bytes) {
    _ = try? IntelSettings.load(path: path, environment: [:])
  }
  let evidence = NSTemporaryDirectory() + "fuzz-evidence-\(getpid())@example.test.json"
  if FileManager.default.createFile(atPath: evidence, contents: bytes) {
    _ = try? ManualEvidence.load([evidence])
  }
  return 0
}
