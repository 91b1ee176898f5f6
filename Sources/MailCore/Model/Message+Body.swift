extension Message {
  /// Which parts are the readable body and which are attachments (the algorithm of
  /// RFC 8621 section 4.1.4, as mail clients display a message).
  public struct BodyStructure: Sendable, Hashable {
    /// Parts to show as plain text, in order.
    public var textBody: [Int]
    /// Parts to show as HTML, in order.
    public var htmlBody: [Int]
    /// Everything else a reader would see as an attachment (including inner messages).
    public var attachments: [Int]
  }

  /// The body structure of this message.
  public var bodyStructure: BodyStructure {
    var text: [Int] = []
    var html: [Int] = []
    var attachments: [Int] = []
    walk(
      [rootID], multipartType: "mixed", inAlternative: false, textOn: true, htmlOn: true, html: &html, text: &text,
      attachments: &attachments)
    return BodyStructure(textBody: text, htmlBody: html, attachments: attachments)
  }

  /// One level of the RFC 8621 walk. The lists are shared; `textOn`/`htmlOn` say whether this
  /// level (and what it descends into) still adds to them, as the RFC's nulled references do.
  private func walk(
    _ ids: [Int], multipartType: String, inAlternative: Bool, textOn: Bool, htmlOn: Bool, html: inout [Int],
    text: inout [Int], attachments: inout [Int]
  ) {
    var textOn = textOn
    var htmlOn = htmlOn
    let textLength = textOn ? text.count : -1
    let htmlLength = htmlOn ? html.count : -1
    for (index, id) in ids.enumerated() {
      let part = parts[id]
      let type = part.contentType
      let inlineMedia = type.type == "image" || type.type == "audio" || type.type == "video"
      let isInline =
        part.disposition?.isAttachment != true
        && (type.mimeType == "text/plain" || type.mimeType == "text/html" || inlineMedia)
        && (index == 0 || (multipartType != "related" && (inlineMedia || part.filename == nil)))
      if case .multipart(let children, _, _) = part.kind {
        let sub = type.subtype
        walk(
          children, multipartType: sub, inAlternative: inAlternative || sub == "alternative", textOn: textOn,
          htmlOn: htmlOn, html: &html, text: &text, attachments: &attachments)
      } else if isInline, part.isLeaf {
        if multipartType == "alternative" {
          switch type.mimeType {
          case "text/plain": if textOn { text.append(id) }
          case "text/html": if htmlOn { html.append(id) }
          default: attachments.append(id)
          }
          continue
        } else if inAlternative {
          if type.mimeType == "text/plain" { htmlOn = false }
          if type.mimeType == "text/html" { textOn = false }
        }
        if textOn { text.append(id) }
        if htmlOn { html.append(id) }
        if (!textOn || !htmlOn) && inlineMedia { attachments.append(id) }
      } else {
        attachments.append(id)
      }
    }
    if multipartType == "alternative" && textOn && htmlOn {
      if textLength == text.count && htmlLength != html.count {
        for i in max(0, htmlLength)..<html.count { text.append(html[i]) }
      }
      if htmlLength == html.count && textLength != text.count {
        for i in max(0, textLength)..<text.count { html.append(text[i]) }
      }
    }
  }

  /// The plain text of the body: the text parts joined, or the HTML reduced to text when the
  /// message has no plain-text part.
  public var bodyText: String {
    let structure = bodyStructure
    let plain = structure.textBody.compactMap { id -> String? in
      let part = parts[id]
      if part.contentType.subtype == "html" { return part.htmlText ?? part.text }
      return part.text
    }
    if !plain.isEmpty { return plain.joined(separator: "\n") }
    return structure.htmlBody.compactMap { parts[$0].htmlText ?? parts[$0].text }.joined(separator: "\n")
  }

  /// The HTML body parts reduced to plain text.
  public var htmlBodyText: String {
    bodyStructure.htmlBody.compactMap { parts[$0].contentType.subtype == "html" ? parts[$0].htmlText : nil }
      .joined(separator: "\n")
  }

  /// The body text with quoted history removed: what the sender wrote in this message.
  public var currentThreadText: String {
    ThreadText.currentThread(of: bodyText)
  }

  /// The attachments, with decoded file name, type, size and SHA-256: every part a reader
  /// would see as a file, including inline images and attached messages, in document order.
  public var attachments: [Attachment] {
    let structure = bodyStructure
    var ids = Set(structure.attachments)
    for id in structure.textBody + structure.htmlBody where !parts[id].contentType.isText {
      ids.insert(id)
    }
    return ids.sorted().map { id in
      let part = parts[id]
      return Attachment(
        partID: id, filename: part.filename, contentType: part.contentType.mimeType, size: part.decodedSize,
        sha256: part.sha256)
    }
  }

  /// Every `<a href>` of this message's HTML parts with the text it shows.
  public var anchors: [HTMLText.Anchor] {
    partIDs.flatMap { parts[$0].anchors }
  }

  /// Every link found in HTML parts of this message, as written.
  public var links: [String] {
    partIDs.flatMap { parts[$0].links }
  }
}

/// An attachment as reports show it.
public struct Attachment: Hashable, Sendable, Codable {
  /// The part that holds it.
  public var partID: Int
  /// The decoded file name (never used as a path).
  public var filename: String?
  /// `type/subtype`.
  public var contentType: String
  /// Decoded size in bytes.
  public var size: Int
  /// SHA-256 of the decoded content, hex.
  public var sha256: String?
}
