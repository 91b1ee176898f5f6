/// An Outlook message read from a `.msg` file (MS-OXMSG): the properties a report needs.
///
/// Strings come from Unicode properties when present, else from String8 properties decoded in
/// the message's code page (`PR_MESSAGE_CODEPAGE`, then `PR_INTERNET_CPID`; CP932 included).
/// Everything that could not be read is in ``problems``; reading never crashes and its work is
/// bounded by the file's size.
public struct OutlookMessage: Sendable {
  /// A recipient from a `__recip_version1.0_#…` storage.
  public struct Recipient: Sendable, Hashable {
    public enum Kind: Int, Sendable { case to = 1, cc = 2, bcc = 3 }
    public var kind: Kind
    public var name: String?
    /// The SMTP address when one is known (`PR_SMTP_ADDRESS`, or an `SMTP` `PR_EMAIL_ADDRESS`).
    public var address: String?
    /// The address as stored when it is not SMTP (an Exchange X.500 distinguished name).
    public var otherAddress: String?
  }

  /// An attachment from an `__attach_version1.0_#…` storage.
  public struct Attachment: Sendable {
    public var filename: String?
    public var mimeType: String?
    public var contentID: String?
    /// The content of an attachment by value.
    public var data: [UInt8]
    /// The message of an attachment that embeds one (`ATTACH_EMBEDDED_MSG`): zero or one.
    public var embedded: [OutlookMessage]
  }

  public var messageClass: String?
  public var subject: String?
  public var senderName: String?
  public var senderAddress: String?
  /// The sending time (`PR_CLIENT_SUBMIT_TIME`), else the delivery time; none for an unsent draft.
  public var date: MailDate?
  public var messageID: String?
  public var inReplyTo: String?
  public var references: String?
  /// The original Internet header section (`PR_TRANSPORT_MESSAGE_HEADERS`), with its Received chain.
  public var transportHeaders: String?
  public var body: String?
  public var html: String?
  /// Internet header fields Outlook kept as named properties (`PS_INTERNET_HEADERS`): the
  /// `X-` fields of a received message (`X-Originating-IP`, …) when no transport headers exist.
  public var namedHeaders: [(name: String, value: String)] = []
  public var recipients: [Recipient] = []
  public var attachments: [Attachment] = []
  /// What could not be read, in the order found.
  public var problems: [String] = []

  /// Reads a `.msg` file. Throws only when the bytes are not a compound file at all.
  public init(_ bytes: [UInt8]) throws(OutlookError) {
    var reader = try OutlookReader(bytes)
    self = reader.readMessage()
  }

  init() {}
}

/// Code page numbers (as Outlook stores them) to charset labels the converter knows.
enum OutlookCodePage {
  static func label(_ codePage: Int) -> String? {
    switch codePage {
    case 65001: "utf-8"
    case 20127: "us-ascii"
    case 28591: "iso-8859-1"
    case 28592...28599, 28605: "iso-8859-\(codePage == 28605 ? 15 : codePage - 28590)"
    case 1250...1258: "windows-\(codePage)"
    case 874: "windows-874"
    case 932: "cp932"
    case 936: "gbk"
    case 949: "euc-kr"
    case 950: "big5"
    case 50220, 50221, 50222: "iso-2022-jp"
    case 51932, 20932: "euc-jp"
    case 52936: "hz-gb-2312"
    case 54936: "gb18030"
    case 20866: "koi8-r"
    case 21866: "koi8-u"
    case 1200: "utf-16le"
    default: nil
    }
  }
}

/// Walks the storages of a `.msg` compound file into ``OutlookMessage`` values.
struct OutlookReader {
  enum Value {
    case int(Int)
    case bool(Bool)
    case time(MailDate)
    case bytes([UInt8], type: UInt16)
    case storage(Int)
  }

  var file: CompoundFile
  let converter = CharsetConverter()
  /// Named property id (0x8000 and above) → internet header name, from the root's
  /// `__nameid_version1.0` storage (MS-OXMSG 2.2.3); embedded messages share it.
  var headerNames: [UInt16: String] = [:]
  /// Bytes of streams still allowed to be read: a directory that names the same large stream
  /// many times cannot make the reader do more than a few passes over the file.
  var budget: Int
  static let maxDepth = 8
  static let maxRecipients = 5_000
  static let maxAttachments = 1_000

  init(_ bytes: [UInt8]) throws(OutlookError) {
    file = try CompoundFile(bytes)
    budget = 4 * bytes.count + (1 << 20)
  }

  mutating func readMessage() -> OutlookMessage {
    headerNames = readHeaderNames()
    var message = read(storage: file.rootIndex, headerSize: 32, depth: 0)
    message.problems = file.problems + message.problems
    return message
  }

  /// The properties of one storage: fixed-size values from its property stream, variable-size
  /// ones from their `__substg1.0_` streams and sub-storages.
  mutating func properties(of storage: Int, headerSize: Int, children: [Int]) -> [UInt32: Value] {
    var values: [UInt32: Value] = [:]
    for child in children {
      let entry = file.entries[child]
      if entry.name == "__properties_version1.0", entry.kind == .stream {
        let data = read(child)
        var offset = headerSize
        while offset + 16 <= data.count {
          let tag = CompoundFile.u32(data, offset)
          let type = UInt16(tag & 0xFFFF)
          switch type {
          case 0x0002: values[tag] = .int(Int(Int16(bitPattern: CompoundFile.u16(data, offset + 8))))
          case 0x0003: values[tag] = .int(Int(Int32(bitPattern: CompoundFile.u32(data, offset + 8))))
          case 0x000B: values[tag] = .bool(CompoundFile.u16(data, offset + 8) != 0)
          case 0x0014:
            let value = UInt64(CompoundFile.u32(data, offset + 8)) | UInt64(CompoundFile.u32(data, offset + 12)) << 32
            values[tag] = .int(Int(truncatingIfNeeded: value))
          case 0x0040:
            let value = UInt64(CompoundFile.u32(data, offset + 8)) | UInt64(CompoundFile.u32(data, offset + 12)) << 32
            if let date = Self.date(fileTime: value) { values[tag] = .time(date) }
          default: break
          }
          offset += 16
        }
      } else if entry.name.hasPrefix("__substg1.0_"), entry.name.count == 20,
        let tag = UInt32(entry.name.dropFirst(12), radix: 16)
      {
        let type = UInt16(tag & 0xFFFF)
        if entry.kind == .storage {
          values[tag] = .storage(child)
        } else if type & 0x1000 == 0 {
          values[tag] = .bytes(read(child), type: type)
        }
      }
    }
    return values
  }

  mutating func read(_ stream: Int) -> [UInt8] {
    guard budget > 0 else {
      file.noteBudget()
      return []
    }
    let data = file.stream(stream, limit: budget)
    budget -= max(data.count, 1)
    return data
  }

  mutating func read(storage: Int, headerSize: Int, depth: Int) -> OutlookMessage {
    var message = OutlookMessage()
    let children = file.children(of: storage)
    let values = properties(of: storage, headerSize: headerSize, children: children)
    var codePage = 1252
    if case .int(let cp) = values[0x3FFD_0003] {
      codePage = cp
    } else if case .int(let cp) = values[0x3FDE_0003] {
      codePage = cp
    }
    if OutlookCodePage.label(codePage) == nil {
      message.problems.append("unknown code page \(codePage); String8 read as windows-1252")
      codePage = 1252
    }
    func string(_ id: UInt16) -> String? {
      Self.string(values, id, codePage: codePage, converter: converter)
    }
    message.messageClass = string(0x001A)
    message.subject = string(0x0037)
    message.senderName = string(0x0C1A) ?? string(0x0042)
    let senderType = string(0x0C1E)
    message.senderAddress =
      string(0x5D01) ?? (senderType?.uppercased() != "EX" ? string(0x0C1F) : nil) ?? string(0x5D02)
      ?? (string(0x0064)?.uppercased() != "EX" ? string(0x0065) : nil)
    var unsent = false
    if case .int(let flags) = values[0x0E07_0003] { unsent = flags & 0x8 != 0 }  // MSGFLAG_UNSENT
    if case .time(let t) = values[0x0039_0040] {
      message.date = t
    } else if !unsent, case .time(let t) = values[0x0E06_0040] {
      // A draft's delivery time is when it was saved, not sent: an unsent message has no date.
      message.date = t
    }
    if message.senderName == message.senderAddress { message.senderName = nil }
    message.messageID = string(0x1035)
    message.inReplyTo = string(0x1042)
    message.references = string(0x1039)
    message.transportHeaders = string(0x007D)
    message.body = string(0x1000)
    for (id, name) in headerNames.sorted(by: { $0.key < $1.key }) {
      if let value = string(id), !value.isEmpty { message.namedHeaders.append((name, value)) }
    }
    if case .bytes(let html, let type)? = values[0x1013_0102] ?? values[0x1013_001F] ?? values[0x1013_001E] {
      if type == 0x0102 {
        var label = OutlookCodePage.label(codePage)
        if case .int(let cp) = values[0x3FDE_0003], let internet = OutlookCodePage.label(cp) { label = internet }
        message.html = converter.decode(html, label: label).string
      } else {
        message.html = string(0x1013)
      }
    }
    if message.html == nil, message.body == nil, case .bytes(let compressed, _)? = values[0x1009_0102] {
      do {
        let rtf = try CompressedRTF.decompress(compressed, limit: max(0, budget))
        budget -= rtf.count
        message.html = RTFText.html(rtf)
        if message.html == nil { message.body = RTFText.text(rtf) }
      } catch {
        message.problems.append("the RTF body cannot be read: \(error.description)")
      }
    }
    for child in children where file.entries[child].kind == .storage {
      let name = file.entries[child].name
      if name.hasPrefix("__recip_version1.0_") {
        guard message.recipients.count < Self.maxRecipients else { continue }
        let sub = file.children(of: child)
        let v = properties(of: child, headerSize: 8, children: sub)
        func s(_ id: UInt16) -> String? { Self.string(v, id, codePage: codePage, converter: converter) }
        var kind = OutlookMessage.Recipient.Kind.to
        if case .int(let k) = v[0x0C15_0003], let known = OutlookMessage.Recipient.Kind(rawValue: k & 0xF) {
          kind = known
        }
        let type = s(0x3002)?.uppercased()
        let stored = s(0x3003)
        let smtp = s(0x39FE) ?? (type == "SMTP" || (type == nil && stored?.contains("@") == true) ? stored : nil)
        message.recipients.append(
          OutlookMessage.Recipient(
            kind: kind, name: s(0x3001) ?? s(0x5FF6), address: smtp, otherAddress: smtp == nil ? stored : nil))
      } else if name.hasPrefix("__attach_version1.0_") {
        guard message.attachments.count < Self.maxAttachments else { continue }
        message.attachments.append(readAttachment(child, codePage: codePage, depth: depth, problems: &message.problems))
      }
    }
    message.recipients.sort { ($0.kind.rawValue) < ($1.kind.rawValue) }
    if message.messageClass?.uppercased().hasPrefix("IPM.NOTE.SMIME") == true {
      let encrypted = !message.messageClass!.uppercased().contains("MULTIPARTSIGNED")
      message.problems.append(
        encrypted
          ? "S/MIME encrypted message: the body is not readable without the recipient's key"
          : "S/MIME signed message: the signature is not verified")
    }
    return message
  }

  mutating func readAttachment(_ storage: Int, codePage: Int, depth: Int, problems: inout [String])
    -> OutlookMessage.Attachment
  {
    let sub = file.children(of: storage)
    let v = properties(of: storage, headerSize: 8, children: sub)
    func s(_ id: UInt16) -> String? { Self.string(v, id, codePage: codePage, converter: converter) }
    var attachment = OutlookMessage.Attachment(
      filename: s(0x3707) ?? s(0x3704) ?? s(0x3001), mimeType: s(0x370E), contentID: s(0x3712), data: [],
      embedded: [])
    switch v[0x3701_0102] ?? v[0x3701_000D] {
    case .bytes(let data, _)?:
      attachment.data = data
    case .storage(let inner)?:
      var method = 1
      if case .int(let m) = v[0x3705_0003] { method = m }
      if method == 5 {
        if depth + 1 >= Self.maxDepth {
          problems.append("embedded messages nested deeper than \(Self.maxDepth)")
        } else {
          var embedded = read(storage: inner, headerSize: 24, depth: depth + 1)
          if attachment.filename == nil { attachment.filename = embedded.subject }
          problems += embedded.problems
          embedded.problems = []
          attachment.embedded = [embedded]
        }
      } else {
        problems.append("attachment \(attachment.filename ?? "?") is an OLE object; its content is not extracted")
      }
    default:
      break
    }
    return attachment
  }

  /// PS_INTERNET_HEADERS, {00020386-0000-0000-C000-000000000046}, as stored (little-endian).
  static let internetHeadersGUID: [UInt8] = [
    0x86, 0x03, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46,
  ]

  /// The string-named properties of the PS_INTERNET_HEADERS set: id → header name (lower case,
  /// header-name characters only). Entries are 8 bytes: the string offset, then the property
  /// index (high 16 bits), the GUID index (15 bits: 1 PS_MAPI, 2 PS_PUBLIC_STRINGS, 3+ the GUID
  /// stream) and the kind (low bit, 1 for a string name).
  mutating func readHeaderNames() -> [UInt16: String] {
    guard
      let storage = file.children(of: file.rootIndex).first(where: { file.entries[$0].name == "__nameid_version1.0" })
    else { return [:] }
    var streams: [String: Int] = [:]
    for child in file.children(of: storage) { streams[file.entries[child].name] = child }
    guard let g = streams["__substg1.0_00020102"], let e = streams["__substg1.0_00030102"],
      let s = streams["__substg1.0_00040102"]
    else { return [:] }
    let guids = read(g)
    let entries = read(e)
    let strings = read(s)
    var names: [UInt16: String] = [:]
    var offset = 0
    while offset + 8 <= entries.count, names.count < 10_000 {
      let nameOffset = Int(CompoundFile.u32(entries, offset))
      let info = CompoundFile.u32(entries, offset + 4)
      offset += 8
      let guidIndex = Int((info >> 1) & 0x7FFF)
      guard info & 1 == 1, guidIndex >= 3 else { continue }
      let start = (guidIndex - 3) * 16
      guard start + 16 <= guids.count, Array(guids[start..<start + 16]) == Self.internetHeadersGUID else { continue }
      let length = Int(CompoundFile.u32(strings, nameOffset))
      guard nameOffset + 4 + length <= strings.count, length > 0, length <= 512 else { continue }
      var units: [UInt16] = []
      var i = nameOffset + 4
      while i + 1 < nameOffset + 4 + length {
        units.append(CompoundFile.u16(strings, i))
        i += 2
      }
      let name = String(decoding: units, as: UTF16.self).lowercased()
      guard name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") }) else { continue }
      names[UInt16(truncatingIfNeeded: 0x8000 + (info >> 16))] = name
    }
    return names
  }

  static func string(_ values: [UInt32: Value], _ id: UInt16, codePage: Int, converter: CharsetConverter) -> String? {
    let key = UInt32(id) << 16
    if case .bytes(let data, _)? = values[key | 0x001F] {
      var units: [UInt16] = []
      units.reserveCapacity(data.count / 2)
      var i = 0
      while i + 1 < data.count {
        units.append(UInt16(data[i]) | UInt16(data[i + 1]) << 8)
        i += 2
      }
      while units.last == 0 { units.removeLast() }
      return units.isEmpty ? nil : String(decoding: units, as: UTF16.self)
    }
    if case .bytes(var data, _)? = values[key | 0x001E] {
      while data.last == 0 { data.removeLast() }
      if data.isEmpty { return nil }
      return converter.decode(data, label: OutlookCodePage.label(codePage) ?? "windows-1252").string
    }
    return nil
  }

  /// A FILETIME (100 ns since 1601) as a date; nil for zero and the "never" value.
  static func date(fileTime: UInt64) -> MailDate? {
    guard fileTime != 0, fileTime < 0x7FFF_FFFF_FFFF_0000 else { return nil }
    let seconds = Int64(fileTime / 10_000_000) - 11_644_473_600
    return MailDate(timestamp: seconds, zoneOffset: 0)
  }
}

extension CompoundFile {
  mutating func noteBudget() {
    note("the file names more stream data than a few passes over it would read; the rest is skipped")
  }
}
