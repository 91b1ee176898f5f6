import Crypto

/// The working state of one parse: buffers, the growing part list, the work budget and the
/// charset converter. Confined to the call of ``MessageParser/parse(_:)`` that created it.
final class ParseSession {
  let limits: ParseLimits
  let options: MessageParser.Options
  let converter = CharsetConverter()
  var buffers: [[UInt8]] = []
  var parts: [MessagePart] = []
  var messageDefects: [Defect] = []
  var work = 0
  var workExceeded = false

  init(limits: ParseLimits, options: MessageParser.Options) {
    self.limits = limits
    self.options = options
  }

  func run(_ input: [UInt8]) -> Message {
    var bytes = input
    var log = DefectLog(partID: nil)
    var rebuilt: MessagePart.RebuiltFrom? = nil
    if CompoundFile.hasSignature(input) {
      let converted = convertOutlook(input, log: &log)
      bytes = converted.bytes
      rebuilt = converted.rebuilt
    }
    if bytes.count > limits.maxMessageBytes {
      log.record(
        .messageSizeLimit, offset: limits.maxMessageBytes,
        detail: "message larger than \(limits.maxMessageBytes) bytes, truncated")
      bytes.removeLast(bytes.count - limits.maxMessageBytes)
    }
    bytes.withUnsafeBufferPointer { buf in
      if ByteSearch.first(0, in: buf, range: 0..<buf.count) != nil {
        log.record(.nulByte, offset: ByteSearch.first(0, in: buf, range: 0..<buf.count), detail: "NUL byte in message")
      }
    }
    // Old Mac line endings: a message with CR and no LF at all. Replacing CR by LF keeps every offset.
    let hasLF = bytes.withUnsafeBufferPointer { ByteSearch.first(0x0A, in: $0, range: 0..<$0.count) != nil }
    if !hasLF, bytes.contains(0x0D) {
      log.record(.bareCarriageReturn, detail: "lines end with bare CR")
      for i in bytes.indices where bytes[i] == 0x0D { bytes[i] = 0x0A }
    }
    messageDefects = log.defects
    buffers = [bytes]
    let root = parseEntity(
      buffer: 0, range: 0..<bytes.count, parentID: nil, depth: 0, defaultType: .textPlain, isMessageRoot: true)
    parts[root].rebuiltFrom = rebuilt
    var all = messageDefects
    for part in parts { all.append(contentsOf: part.defects) }
    return Message(buffers: buffers, parts: parts, rootID: root, defects: all)
  }

  /// Parses the entity in `range` of buffer `b` and everything below it; returns its part id.
  func parseEntity(
    buffer b: Int, range: Range<Int>, parentID: Int?, depth: Int, defaultType: ContentType, isMessageRoot: Bool
  ) -> Int {
    let id = parts.count
    var log = DefectLog(partID: id)
    work += range.count
    let headerResult: HeaderSectionParser.Result = buffers[b].withUnsafeBufferPointer { buf in
      HeaderSectionParser(limits: limits, converter: converter)
        .parse(buf, range: range, allowFromLine: parentID == nil, defects: &log)
    }
    let headers = headerResult.fields
    let bodyRange = headerResult.bodyStart..<range.upperBound

    var contentType = defaultType
    var disposition: ContentDisposition? = nil
    var transferEncoding = TransferEncoding.sevenBit
    var filename: String? = nil
    // A repeated MIME field is a parser-differential trick: the last one wins (as GMime and
    // most clients read it) and the repeat is recorded.
    var seen: Set<String> = []
    buffers[b].withUnsafeBufferPointer { buf in
      for field in headers where field.key.hasPrefix("content-") {
        if field.key == "content-type" || field.key == "content-disposition" || field.key == "content-transfer-encoding"
        {
          if !seen.insert(field.key).inserted {
            log.record(.duplicateHeader, offset: field.range.lowerBound, detail: field.name)
          }
        }
        switch field.key {
        case "content-type":
          let parsed = ParameterParser.parse(
            UnsafeBufferPointer(rebasing: buf[field.valueRange]), converter: converter, limits: limits, defects: &log)
          let pieces = parsed.value.split(separator: "/", maxSplits: 1)
          if pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty {
            contentType = ContentType(
              type: String(pieces[0]), subtype: String(pieces[1]), parameters: parsed.parameters)
          } else {
            log.record(.malformedContentType, offset: field.range.lowerBound, detail: field.value)
            // Keep the parameters (a charset may still be right) on the default type.
            contentType = ContentType(
              type: defaultType.type, subtype: defaultType.subtype, parameters: parsed.parameters)
          }
          if parsed.malformed {
            log.record(.malformedParameter, offset: field.range.lowerBound, detail: "content-type")
          }
        case "content-disposition":
          let parsed = ParameterParser.parse(
            UnsafeBufferPointer(rebasing: buf[field.valueRange]), converter: converter, limits: limits, defects: &log)
          disposition = ContentDisposition(type: parsed.value, parameters: parsed.parameters)
          if parsed.value.isEmpty {
            log.record(
              .malformedParameter, offset: field.range.lowerBound, detail: "content-disposition without a type")
          } else if parsed.malformed {
            log.record(.malformedParameter, offset: field.range.lowerBound, detail: "content-disposition")
          }
        case "content-transfer-encoding":
          transferEncoding = TransferEncoding(field.value)
          if case .other(let name) = transferEncoding {
            log.record(.unknownTransferEncoding, offset: field.range.lowerBound, detail: name)
          }
        default:
          break
        }
      }
    }
    // An empty filename="" must not hide the name= of Content-Type.
    let names = [disposition?.filename, contentType.name].compactMap { $0 }
    filename = names.first { !$0.isEmpty } ?? (names.isEmpty ? nil : "")
    if filename?.isEmpty == true { filename = nil }

    parts.append(
      MessagePart(
        id: id, parentID: parentID, depth: depth, buffer: b, headers: headers,
        headerRange: range.lowerBound..<headerResult.bodyStart, bodyRange: bodyRange, contentType: contentType,
        disposition: disposition, transferEncoding: transferEncoding, kind: .leaf, text: nil, htmlText: nil,
        links: [], charset: nil, decodedSize: 0, sha256: nil, filename: filename, envelope: nil, defects: []))

    if isMessageRoot {
      parts[id].envelope = buffers[b].withUnsafeBufferPointer { buf in
        EnvelopeReader(converter: converter, limits: limits).read(headers, buffer: buf, defects: &log)
      }
    }

    if work > limits.maxWorkBytes {
      if !workExceeded {
        log.record(.workLimit, detail: "more than \(limits.maxWorkBytes) bytes of work")
        workExceeded = true
      }
      parts[id].defects = log.defects
      return id
    }

    if contentType.isMultipart {
      if let boundary = contentType.boundary, !boundary.isEmpty {
        if depth >= limits.maxDepth {
          log.record(.depthLimit, detail: "nesting deeper than \(limits.maxDepth)")
        } else {
          var split = buffers[b].withUnsafeBufferPointer { buf in
            MultipartSplitter.split(
              buf, range: bodyRange, boundary: Array(boundary.utf8), maxParts: max(1, limits.maxParts - parts.count))
          }
          work += split.scanned
          if split.parts.isEmpty {
            let loose = buffers[b].withUnsafeBufferPointer { buf in
              MultipartSplitter.split(
                buf, range: bodyRange, boundary: Array(boundary.utf8), maxParts: max(1, limits.maxParts - parts.count),
                lenient: true)
            }
            work += loose.scanned
            if !loose.parts.isEmpty {
              log.record(.malformedBoundary, detail: "delimiter lines carry text after the boundary \(boundary)")
              split = loose
            }
          }
          if !split.closed && !split.truncated {
            log.record(.missingCloseDelimiter, offset: bodyRange.upperBound, detail: boundary)
          }
          if split.parts.isEmpty { log.record(.emptyMultipart, detail: boundary) }
          var children: [Int] = []
          let childDefault = contentType.subtype == "digest" ? ContentType.messageRFC822 : .textPlain
          for childRange in split.parts {
            if parts.count >= limits.maxParts {
              log.record(.partLimit, detail: "more than \(limits.maxParts) parts")
              break
            }
            children.append(
              parseEntity(
                buffer: b, range: childRange, parentID: id, depth: depth + 1, defaultType: childDefault,
                isMessageRoot: false))
          }
          if split.truncated { log.record(.partLimit, detail: "more than \(limits.maxParts) parts") }
          parts[id].kind = .multipart(children: children, preamble: split.preamble, epilogue: split.epilogue)
          parts[id].defects = log.defects
          return id
        }
      } else {
        // Read as text/plain (RFC 2046 leaves no other sane choice); the defect keeps the declared type.
        log.record(.missingBoundary, detail: contentType.mimeType)
        parts[id].contentType = ContentType(type: "text", subtype: "plain", parameters: contentType.parameters)
      }
    } else if contentType.isEmbeddedMessage, !bodyRange.isEmpty {
      if depth >= limits.maxDepth {
        log.record(.depthLimit, detail: "nesting deeper than \(limits.maxDepth)")
      } else if parts.count >= limits.maxParts {
        log.record(.partLimit, detail: "more than \(limits.maxParts) parts")
      } else {
        var innerBuffer = b
        var innerRange = bodyRange
        switch transferEncoding {
        case .base64, .quotedPrintable:
          let decoded = decodeTransfer(buffer: b, range: bodyRange, encoding: transferEncoding, log: &log)
          buffers.append(decoded)
          innerBuffer = buffers.count - 1
          innerRange = 0..<decoded.count
        default:
          break
        }
        parts[id].decodedSize = innerRange.count
        if options.contains(.hashAttachments) {
          parts[id].sha256 = buffers[innerBuffer].withUnsafeBufferPointer {
            Self.sha256(UnsafeBufferPointer(rebasing: $0[innerRange]))
          }
        }
        let root = parseEntity(
          buffer: innerBuffer, range: innerRange, parentID: id, depth: depth + 1, defaultType: .textPlain,
          isMessageRoot: true)
        parts[id].kind = .message(root: root)
        parts[id].defects = log.defects
        return id
      }
    }

    if Self.mayBeOutlookFile(contentType, filename: filename), depth < limits.maxDepth,
      parts.count < limits.maxParts, let inner = outlookAttachment(id: id, log: &log)
    {
      parts[id].kind = .message(root: inner)
      parts[id].defects = log.defects
      return id
    }

    decodeLeaf(id: id, log: &log)
    parts[id].defects = log.defects
    return id
  }

  /// Attachments that may hold an Outlook message (the content is checked for the signature).
  static func mayBeOutlookFile(_ type: ContentType, filename: String?) -> Bool {
    let mime = type.mimeType
    return mime == "application/vnd.ms-outlook" || mime == "application/x-msg"
      || ((type.type == "application" || type.type == "message")
        && filename?.lowercased().hasSuffix(".msg") == true)
  }

  /// Reads an attached `.msg` into a buffer of its own and parses it as an inner message; nil
  /// when the content is not a compound file (it is then an ordinary attachment).
  private func outlookAttachment(id: Int, log: inout DefectLog) -> Int? {
    let part = parts[id]
    let content: [UInt8]
    switch part.transferEncoding {
    case .base64, .quotedPrintable:
      content = decodeTransfer(buffer: part.buffer, range: part.bodyRange, encoding: part.transferEncoding, log: &log)
    default:
      content = Array(buffers[part.buffer][part.bodyRange])
    }
    guard CompoundFile.hasSignature(content) else { return nil }
    work += content.count
    parts[id].decodedSize = content.count
    if options.contains(.hashAttachments) {
      parts[id].sha256 = content.withUnsafeBufferPointer { Self.sha256($0) }
    }
    let converted = convertOutlook(content, log: &log)
    buffers.append(converted.bytes)
    let root = parseEntity(
      buffer: buffers.count - 1, range: 0..<converted.bytes.count, parentID: id, depth: part.depth + 1,
      defaultType: .textPlain, isMessageRoot: true)
    parts[root].rebuiltFrom = converted.rebuilt
    return root
  }

  /// An Outlook `.msg` rewritten as MIME; its problems become defects. A file that cannot be
  /// read at all gives an empty message (which the analysis reports as unreadable).
  func convertOutlook(_ content: [UInt8], log: inout DefectLog) -> (bytes: [UInt8], rebuilt: MessagePart.RebuiltFrom?) {
    work += content.count
    do {
      let outlook = try OutlookMessage(content)
      for problem in outlook.problems {
        let protected = problem.hasPrefix("S/MIME")
        log.record(protected ? .protectedContent : .malformedOutlookFile, detail: problem)
      }
      return (outlook.mime(), .outlookMessage(transportHeaders: outlook.transportHeaders != nil))
    } catch {
      log.record(.malformedOutlookFile, detail: error.description)
      return ([], nil)
    }
  }

  /// Decodes the content of a leaf part: text to String, other content sized and hashed.
  private func decodeLeaf(id: Int, log: inout DefectLog) {
    let part = parts[id]
    let type = part.contentType
    let isBodyText = (type.mimeType == "text/plain" || type.mimeType == "text/html") && !part.isNamedAttachment
    let wantsText = options.contains(.decodeText) && type.isText
    let wantsHash = options.contains(.hashAttachments) && (!isBodyText || part.isNamedAttachment)
    let raw: [UInt8]?
    switch part.transferEncoding {
    case .base64, .quotedPrintable:
      raw = decodeTransfer(buffer: part.buffer, range: part.bodyRange, encoding: part.transferEncoding, log: &log)
    default:
      raw = nil
    }
    let size = raw?.count ?? part.bodyRange.count
    work += size
    parts[id].decodedSize = size

    func withContent<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      if let raw { return raw.withUnsafeBufferPointer(body) }
      return buffers[part.buffer].withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[part.bodyRange])) }
    }

    if wantsHash {
      parts[id].sha256 = withContent { Self.sha256($0) }
    }
    if wantsText {
      let asciiCompatible = type.charset.map(converter.resolve)?.isASCIICompatible ?? true
      var decoded = withContent { content -> DecodedText in
        // CR and LF are single bytes only in ASCII-compatible charsets; others are fixed after decoding.
        guard asciiCompatible else { return converter.decode(content, label: type.charset) }
        let normalized = Self.normalizingNewlines(content)
        return normalized.withUnsafeBufferPointer { converter.decode($0, label: type.charset) }
      }
      if !asciiCompatible {
        let utf8 = Array(decoded.string.utf8)
        decoded.string = String(decoding: utf8.withUnsafeBufferPointer { Self.normalizingNewlines($0) }, as: UTF8.self)
      }
      if let problem = decoded.problem {
        log.record(problem, detail: "\(type.charset ?? "no charset") in \(type.mimeType)")
      }
      parts[id].charset = decoded.charset
      parts[id].text = decoded.string
      if type.subtype == "html" && options.contains(.reduceHTML) {
        let reduced = HTMLText.reduce(decoded.string)
        parts[id].htmlText = reduced.text
        parts[id].links = reduced.links
        parts[id].anchors = reduced.anchors
        parts[id].forms = reduced.forms
      }
    }
  }

  /// Decodes base64 or quoted-printable content into a new array.
  private func decodeTransfer(buffer b: Int, range: Range<Int>, encoding: TransferEncoding, log: inout DefectLog)
    -> [UInt8]
  {
    var out: [UInt8] = []
    buffers[b].withUnsafeBufferPointer { buf in
      let content = UnsafeBufferPointer(rebasing: buf[range])
      if encoding == .base64 {
        let invalid = Base64Decoder.decode(content, into: &out)
        if invalid > 0 { log.record(.invalidBase64, detail: "\(invalid) characters outside the base64 alphabet") }
      } else {
        let invalid = QuotedPrintableDecoder.decode(content, into: &out)
        if invalid > 0 { log.record(.invalidQuotedPrintable, detail: "\(invalid) malformed escapes") }
      }
    }
    return out
  }

  /// CRLF to LF, for text meant to be read.
  static func normalizingNewlines(_ content: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(content.count)
    var start = 0
    let n = content.count
    while start < n {
      guard let cr = ByteSearch.first(0x0D, in: content, range: start..<n) else {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: content[start..<n]))
        break
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: content[start..<cr]))
      if cr + 1 < n && content[cr + 1] == 0x0A {
        start = cr + 1
      } else {
        out.append(0x0A)
        start = cr + 1
      }
    }
    return out
  }

  static func sha256(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    ContentHash.sha256(UnsafeRawBufferPointer(bytes))
  }
}

extension MessagePart {
  /// Whether the part is marked as an attachment or carries a file name.
  var isNamedAttachment: Bool {
    disposition?.isAttachment == true || filename != nil
  }
}
