/// One raw message read from an input, with where it came from.
public struct RawMessage: Sendable {
  /// `path`, `path#N` for the N-th message of an mbox, or `-` for standard input.
  public var source: String
  public var bytes: [UInt8]
  /// Set when the input was cut at the size bound while reading (mbox).
  public var truncated: Bool
}

extension RawMessage {
  /// A message already in memory (from a store, a test).
  public init(bytes: [UInt8], source: String) {
    self.init(source: source, bytes: bytes, truncated: false)
  }
}

/// Reads the messages of one input source in order: one for a file or standard input, each
/// message in turn for an mbox (streamed).
public struct MessageReader {
  public let source: InputSource
  public let maxMessageBytes: Int

  public init(source: InputSource, maxMessageBytes: Int = ParseLimits.default.maxMessageBytes) {
    self.source = source
    self.maxMessageBytes = maxMessageBytes
  }

  /// Calls `body` with each message; I/O errors are thrown, content never is.
  public func forEach(_ body: (RawMessage) throws -> Void) throws {
    switch source {
    case .file(let path):
      let (bytes, truncated) = try FileIO.read(path: path, limit: maxMessageBytes)
      try body(RawMessage(source: path, bytes: bytes, truncated: truncated))
    case .standardInput:
      let (bytes, truncated) = try FileIO.readStandardInput(limit: maxMessageBytes)
      try body(RawMessage(source: "-", bytes: bytes, truncated: truncated))
    case .mbox(let path):
      let reader = try MboxReader(path: path, maxMessageBytes: maxMessageBytes)
      var first = try reader.next()
      guard let one = first else { return }
      let second = try reader.next()
      if second == nil {
        // A single message with a From_ line is just a message.
        try body(RawMessage(source: path, bytes: one.bytes, truncated: one.truncated))
        return
      }
      try body(RawMessage(source: "\(path)#\(one.index)", bytes: one.bytes, truncated: one.truncated))
      first = second
      while let entry = first {
        try body(RawMessage(source: "\(path)#\(entry.index)", bytes: entry.bytes, truncated: entry.truncated))
        first = try reader.next()
      }
    }
  }
}
