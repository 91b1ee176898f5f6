extension Message {
  /// The content of a part with its transfer encoding undone (base64, quoted-printable): the
  /// file a reader would save. Nil for a part that is not in the message.
  public func decodedContent(of partID: Int) -> [UInt8]? {
    guard parts.indices.contains(partID) else { return nil }
    let part = parts[partID]
    let raw = buffers[part.buffer][part.bodyRange]
    switch part.transferEncoding {
    case .base64:
      return Base64Decoder.decode(raw).bytes
    case .quotedPrintable:
      var out: [UInt8] = []
      raw.withUnsafeBufferPointer { _ = QuotedPrintableDecoder.decode($0, into: &out) }
      return out
    default:
      return Array(raw)
    }
  }
}
