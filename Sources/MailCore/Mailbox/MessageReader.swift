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
    var messages = try makeIterator()
    while let raw = try messages.next() { try body(raw) }
  }

  /// The messages one at a time, for a loop that awaits between them (an mbox is streamed: only
  /// the current message is in memory).
  public func makeIterator() throws -> Iterator {
    switch source {
    case .file(let path):
      let (bytes, truncated) = try FileIO.read(path: path, limit: maxMessageBytes)
      return Iterator(pending: [RawMessage(source: path, bytes: bytes, truncated: truncated)])
    case .standardInput:
      let (bytes, truncated) = try FileIO.readStandardInput(limit: maxMessageBytes)
      return Iterator(pending: [RawMessage(source: "-", bytes: bytes, truncated: truncated)])
    case .mbox(let path):
      let reader = try MboxReader(path: path, maxMessageBytes: maxMessageBytes)
      guard let first = try reader.next() else { return Iterator(pending: []) }
      guard let second = try reader.next() else {
        // A single message with a From_ line is just a message.
        return Iterator(pending: [RawMessage(source: path, bytes: first.bytes, truncated: first.truncated)])
      }
      let numbered = { (e: MboxReader.Entry) in
        RawMessage(source: "\(path)#\(e.index)", bytes: e.bytes, truncated: e.truncated)
      }
      return Iterator(pending: [numbered(second), numbered(first)], mbox: reader, path: path)
    }
  }

  /// The messages of one source in order; `next()` is nil after the last.
  public struct Iterator {
    /// Messages already read, the next one last.
    fileprivate var pending: [RawMessage]
    fileprivate var mbox: MboxReader? = nil
    fileprivate var path = ""

    public mutating func next() throws -> RawMessage? {
      if let raw = pending.popLast() { return raw }
      guard let mbox, let entry = try mbox.next() else { return nil }
      return RawMessage(source: "\(path)#\(entry.index)", bytes: entry.bytes, truncated: entry.truncated)
    }
  }
}
