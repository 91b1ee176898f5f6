import MailCore

/// Encoded-words, raw 8-bit and every charset decoder behind them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeaderText(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = FieldParsers.unstructured(bytes, limits: .strict)
  // Body decoding through each charset family, keyed by the first byte.
  let labels = ["iso-2022-jp", "shift_jis", "euc-jp", "utf-8", "utf-16", "gb18030", "big5", "koi8-r", "x-bogus"]
  if let first = bytes.first {
    _ = CharsetConverter().decode(Array(bytes.dropFirst()), label: labels[Int(first) % labels.count])
  }
  return 0
}
