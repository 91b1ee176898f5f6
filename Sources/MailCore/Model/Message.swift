/// A parsed message: the original bytes, a flat list of parts with byte offsets, and defects.
///
/// A `Message` can also be a view of an inner message (a `message/rfc822` part): it then shares
/// the buffers and part list of the outer message and has a different ``rootID``.
public struct Message: Sendable {
  /// Buffer 0 is the input; later buffers hold decoded inner messages (see ``MessagePart/buffer``).
  public var buffers: [[UInt8]]
  /// Every part of the whole tree in pre-order; a part's id is its index.
  public var parts: [MessagePart]
  /// The id of this message's top-level part.
  public var rootID: Int
  /// Every defect found, in the message and in all its parts.
  public var defects: [Defect]

  public init(buffers: [[UInt8]], parts: [MessagePart], rootID: Int, defects: [Defect]) {
    self.buffers = buffers
    self.parts = parts
    self.rootID = rootID
    self.defects = defects
  }

  /// The top-level part: its headers are the message headers.
  public var root: MessagePart { parts[rootID] }
  /// The message header fields in order.
  public var headers: [HeaderField] { root.headers }
  /// The common fields parsed.
  public var envelope: Envelope { root.envelope ?? Envelope() }

  public var subject: String? { envelope.subject }
  /// The author as a reader sees it. Mailers that forget quotes write `From: Name, Name2 <a@x>`,
  /// which parses as address-less mailboxes before the real one: their names are joined into
  /// the display name of the first mailbox that has an address.
  public var from: Address? {
    let list = envelope.from
    guard let first = list.first else { return nil }
    if first.address != nil { return first }
    guard let index = list.firstIndex(where: { $0.address != nil }) else { return first }
    var merged = list[index]
    let names = list[..<index].compactMap(\.name) + (merged.name.map { [$0] } ?? [])
    merged.name = names.isEmpty ? nil : names.joined(separator: ", ")
    return merged
  }
  public var to: [Address] { envelope.to }
  public var cc: [Address] { envelope.cc }
  public var replyTo: [Address] { envelope.replyTo }
  public var date: MailDate? { envelope.date }
  public var messageID: String? { envelope.messageID }

  /// The original bytes of the input.
  public var raw: [UInt8] { buffers[0] }

  /// Drops the bytes (every buffer) once nothing will read them again: the parts keep their
  /// headers, decoded text, links, sizes and hashes, which is all a report reads. After it,
  /// ``raw`` is empty and ``rawBytes(of:in:)`` must not be called. An investigation releases
  /// each message after analysing it, so that a case of large copies stays small.
  public mutating func releaseBytes() {
    buffers = buffers.map { _ in [] }
  }

  /// The exact bytes of a header field, as it appears in its part's buffer.
  public func rawBytes(of field: HeaderField, in part: MessagePart? = nil) -> ArraySlice<UInt8> {
    buffers[(part ?? root).buffer][field.range]
  }

  /// The ids of the parts of this message (its root and everything below it).
  public var partIDs: [Int] {
    var ids: [Int] = []
    var stack = [rootID]
    while let id = stack.popLast() {
      ids.append(id)
      stack.append(contentsOf: parts[id].childIDs.reversed())
    }
    return ids
  }

  /// Inner messages directly attached to this one (message/rfc822 parts, not nested deeper).
  public var embeddedMessages: [Message] {
    var result: [Message] = []
    var stack = [rootID]
    while let id = stack.popLast() {
      switch parts[id].kind {
      case .message(let root):
        result.append(Message(buffers: buffers, parts: parts, rootID: root, defects: defects(under: root)))
      case .multipart(let children, _, _):
        stack.append(contentsOf: children.reversed())
      case .leaf:
        break
      }
    }
    return result
  }

  /// The defects of the parts below `id` (inclusive).
  func defects(under id: Int) -> [Defect] {
    let view = Message(buffers: [], parts: parts, rootID: id, defects: [])
    let ids = Set(view.partIDs)
    return defects.filter { $0.partID.map(ids.contains) ?? false }
  }
}
