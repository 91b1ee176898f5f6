import MailCore

/// The BEC reading of a message: who is impersonated, who is targeted, with what lure, and the
/// signals the rules decide on.
public struct BECAnalysis: Sendable, Codable {
  public var sender: SenderProfile
  /// The employee whose name the display name uses, when it is not their address.
  public var impersonated: Employee?
  public var recipients: [RecipientProfile]
  /// Cue → the phrase that matched, in the current thread.
  public var cues: [String: String]
  public var signals: Signals
  public var verdict: Verdict
}

/// Computes signals, runs the rules, and writes the findings that explain the verdict.
public struct BECAnalyzer: Sendable {
  public var profile: OrganizationProfile?
  public var lists: DomainLists
  public var cues: ContentCues
  public var rules: [Rule]
  /// The chat-move phrases alone, to check them again without contact lines.
  private let chatCues: ContentCues

  public init(profile: OrganizationProfile?) {
    self.profile = profile
    lists = DomainLists.shipped.adding(
      freemail: profile?.freemailDomains ?? [], disposable: profile?.disposableDomains ?? [],
      wellKnown: profile?.lookalikeTargets ?? [])
    cues = ContentCues.shipped.adding(profile?.cues ?? [:])
    rules = Rule.merge(Rule.shipped, profile?.rules ?? [])
    chatCues = ContentCues(phrases: ["chat-move": cues.phrases["chat-move"] ?? []])
  }

  public func analyze(
    _ message: Message, authentication: AuthenticationSummary, dkim: [DKIMResult]?, urls: [String],
    findings: inout [Finding]
  ) -> BECAnalysis {
    var signals = Signals()
    let directory = profile?.directory ?? Directory(employees: [])
    let orgDomains = profile?.domains ?? []
    let from = message.from
    let fromField = message.headers.first(named: "from")
    let fromEvidence =
      fromField.map { Evidence("From: \($0.value)", field: $0, part: message.rootID) } ?? Evidence("From")

    // Sender.
    let sender = SenderClassifier(organizationDomains: orgDomains, vendors: profile?.vendors ?? [], lists: lists)
      .classify(from?.address)
    if let category = sender.category {
      signals.set("sender.\(category.rawValue)", fromEvidence)
      if category != .organization { signals.set("sender.outside", fromEvidence) }
      if category == .lookalike, let target = sender.imitates, orgDomains.contains(target) {
        signals.set("sender.lookalike-organization", fromEvidence)
      }
    }
    switch sender.category {
    case .lookalike?:
      findings.append(
        Finding(
          id: "sender-lookalike-domain", severity: .high,
          title: "\(sender.domain ?? "") imitates \(sender.imitates ?? ""): \(sender.resemblance ?? "")",
          evidence: [fromEvidence]))
    case .freemail?:
      findings.append(
        Finding(
          id: "sender-freemail", severity: .info,
          title:
            "Sent from a consumer mail account\(sender.provider.map { " (\($0))" } ?? "") at \(sender.domain ?? "")",
          evidence: [fromEvidence]))
    case .disposable?:
      findings.append(
        Finding(
          id: "sender-disposable", severity: .medium, title: "Sent from a disposable address at \(sender.domain ?? "")",
          evidence: [fromEvidence]))
    default: break
    }

    // Brand impersonation: a brand in the display name, on a domain that is not the brand's.
    if let name = from?.name, let domain = from?.domain, sender.category != .organization {
      let letters = Array(NameMatcher.letters(name).utf8)
      let registrable = DomainName.registrable(domain) ?? domain
      for (brand, bytes, domains) in lists.brandOrder where brand.count >= 3 && letters.contains(subsequence: bytes) {
        if !domains.contains(where: { DomainName.host(domain, isWithin: $0) || $0 == registrable }) {
          signals.set("sender.brand-impersonation", fromEvidence)
          findings.append(
            Finding(
              id: "brand-impersonation", severity: .high,
              title: "The display name \"\(name)\" names \(brand), but the mail comes from \(domain)",
              evidence: [fromEvidence]))
          break
        }
      }
    }
    if findings.contains(where: { $0.id == "display-name-holds-other-address" }) {
      signals.set("from.display-name-other-address", fromEvidence)
    }

    // Impersonation: the display name names someone whose address this is not.
    var impersonated: Employee? = nil
    if let name = from?.name, let address = from?.address?.lowercased() {
      let candidates = directory.employees.filter { NameMatcher.matches(name, $0) }
      if let e = candidates.first(where: \.isExecutive) ?? candidates.first,
        e.email != address, !e.personalEmails.contains(address)
      {
        impersonated = e
        signals.set(e.isExecutive ? "impersonation.executive" : "impersonation.employee", fromEvidence)
        if e.isExecutive { signals.set("impersonation.employee", fromEvidence) }
        findings.append(
          Finding(
            id: e.isExecutive ? "executive-impersonation" : "employee-impersonation",
            severity: e.isExecutive ? .high : .medium,
            title: "The display name \"\(name)\" is \(e.displayName)\(e.title.isEmpty ? "" : " (\(e.title))"), "
              + "but the address is \(address), not \(e.email)",
            evidence: [fromEvidence]))
      }
      // The reverse: the real executive address with a freemail Reply-To or failed authentication.
      if let e = directory.employee(corporate: address), e.isExecutive {
        if message.replyTo.contains(where: { r in
          r.domain.map { lists.freemail.contains($0) } == true && r.address?.lowercased() != address
        }) {
          signals.set("impersonation.executive-address-freemail-reply", fromEvidence)
        }
        if authentication.dmarc == "fail" || authentication.spf == "fail" {
          signals.set("impersonation.executive-address-auth-fail", fromEvidence)
        }
      }
    }

    // Recipients.
    let recipients = RecipientClassifier(directory: directory, organizationDomains: orgDomains).classify(message)
    for r in recipients {
      switch r.kind {
      case .generated:
        signals.set("recipient.generated", Evidence("\(r.header): \(r.address) (\(r.pattern ?? ""))"))
        findings.append(
          Finding(
            id: "generated-recipient", severity: .high,
            title:
              "\(r.address) does not exist: it was built from \(r.employee ?? "an employee")'s name as \(r.pattern ?? "")",
            evidence: [Evidence("\(r.header): \(r.address)")]))
      case .personal:
        signals.set("recipient.personal", Evidence("\(r.header): \(r.address)"))
        findings.append(
          Finding(
            id: "personal-recipient", severity: .medium,
            title: "\(r.address) is the private address of \(r.employee ?? "an employee")",
            evidence: [Evidence("\(r.header): \(r.address)")]))
      case .unknownInternal:
        signals.set("recipient.unknown-internal", Evidence("\(r.header): \(r.address)"))
      default: break
      }
    }

    // Reply-To to freemail elsewhere.
    for reply in message.replyTo {
      if let d = reply.domain, lists.freemail.contains(d), d != from?.domain {
        signals.set("reply-to.freemail-elsewhere", Evidence("Reply-To: \(reply.address ?? "")"))
      }
    }
    // Mail from the organisation's own domain whose replies leave it.
    if let profile, let domain = from?.domain, profile.owns(domain) {
      for reply in message.replyTo {
        if let d = reply.domain, !profile.owns(d) {
          signals.set("reply-to.outside-organization", Evidence("Reply-To: \(reply.address ?? "")"))
        }
      }
    }

    // Authentication.
    if authentication.spf == "fail" || authentication.spf == "softfail" {
      signals.set("auth.spf-fail", Evidence("SPF \(authentication.spf ?? "")"))
    }
    if authentication.dmarc == "fail" { signals.set("auth.dmarc-fail", Evidence("DMARC fail")) }
    if dkim?.contains(where: { $0.bodyHash == "fail" }) == true {
      signals.set("dkim.body-altered", Evidence("DKIM body hash mismatch"))
    }

    // Content, on the current thread only.
    let body = message.bodyText
    let current = ThreadText.currentThread(of: body)
    // A plain part can be a decoy while the lure is in the HTML: both are read for cues.
    let html = message.htmlBodyText
    let htmlCurrent = html.isEmpty || html == body ? "" : ThreadText.currentThread(of: html)
    // A report forwarded inline ("Fw: …" with a line or two above the forwarded text): the
    // lure is the forwarded part, not the note above it.
    let forwardedInline = Self.isForward(message.subject) && Self.shortText(current, limit: 200) && body != current
    let cueText = forwardedInline ? body + "\n" + html : current + "\n" + htmlCurrent
    let prepared = ContentCues.prepared(cueText + "\n" + (message.subject ?? ""))
    var matched = cues.match(prepared: prepared)
    // A chat app named in a signature or a contact line ("WeChat / WhatsApp: +86 …") is a way to
    // reach the sender, not a request to move the conversation. The second look reads the text
    // already prepared (mapping it again cost as much as the first match).
    if matched["chat-move"] != nil,
      let reduced = Self.withoutContactLines(String(decoding: prepared, as: UTF8.self)),
      chatCues.match(prepared: Array(reduced.utf8))["chat-move"] == nil
    {
      matched["chat-move"] = nil
    }
    for (cue, phrase) in matched { signals.set("content.\(cue)", Evidence("\"\(phrase)\" in the text")) }
    PaymentSignals(profile: profile).apply(
      message, sender: sender, body: forwardedInline ? "" : body, current: forwardedInline ? body : current,
      fromEvidence: fromEvidence, signals: &signals, findings: &findings)
    let attachments = message.attachments
    if urls.isEmpty && attachments.isEmpty && current.count < 600 {
      signals.set("content.text-only", Evidence("\(current.count) characters, no links, no attachments"))
    }
    if !urls.isEmpty { signals.set("links.present", Evidence("\(urls.count) links")) }
    // An HTML body that shows (almost) no text: the lure is in images, out of reach of filters.
    if !urls.isEmpty && !message.bodyStructure.htmlBody.isEmpty, Self.shortText(html.isEmpty ? body : html),
      Self.shortText(current)
    {
      signals.set("content.image-only", Evidence("the body shows almost no text and has \(urls.count) links"))
    }
    // A link whose text shows one web address and whose target is another host.
    for anchor in message.anchors.prefix(500) {
      guard let shownHost = Self.host(ofShown: anchor.text), let realHost = Self.host(of: anchor.href),
        anchor.href.lowercased().hasPrefix("http")
      else { continue }
      let shown = DomainName.registrable(shownHost) ?? shownHost
      let real = DomainName.registrable(realHost) ?? realHost
      if shown != real {
        signals.set("links.text-mismatch", Evidence("a link shows \(shownHost) but goes to \(realHost)"))
        findings.append(
          Finding(
            id: "link-text-mismatch", severity: .high, title: "A link shows \(shownHost) but goes to \(realHost)",
            evidence: [Evidence("<a href=\"\(anchor.href.prefix(200))\">\(anchor.text.prefix(120))</a>")]))
        break
      }
    }
    for url in urls.prefix(500) {
      guard let host = Self.host(of: url) else { continue }
      if lists.shorteners.contains(host) { signals.set("links.shortener", Evidence(url)) }
      let labels = host.split(separator: ".")
      if let tld = labels.last,
        lists.suspiciousTLDs.contains(String(tld))
          || (labels.count >= 3 && lists.suspiciousTLDs.contains(labels.suffix(2).joined(separator: ".")))
      {
        signals.set("links.suspicious-tld", Evidence(url))
      }
      if IPAddress(host.trimmingBlanks(and: "[]")) != nil {
        signals.set("links.ip-host", Evidence(url))
      } else if (0..<max(0, labels.count - 1)).contains(where: {
        lists.freeHosts.contains(labels[$0...].joined(separator: "."))
      }) {
        signals.set("links.free-host", Evidence(url))
      }
    }
    // A bank's or vendor's own notice: authenticated (DMARC pass) and linking only to its own
    // domain. Its "log in" is not a credential lure.
    if authentication.dmarc == "pass", let domain = sender.domain, !urls.isEmpty,
      (sender.category == .external && sender.vendor != nil)
        || lists.wellKnownSet.contains(DomainName.registrable(domain) ?? domain)
    {
      let own = DomainName.registrable(domain) ?? domain
      if urls.allSatisfy({ url in Self.host(of: url).map { (DomainName.registrable($0) ?? $0) == own } ?? false }) {
        signals.set("links.own-authenticated-domain", Evidence("DMARC pass for \(domain); every link goes to \(own)"))
      }
    }
    if let document = attachments.first(where: { Self.isDocument($0.filename) }) {
      signals.set("attachment.document", Evidence("attachment \(document.filename ?? "")"))
    }
    if attachments.contains(where: {
      $0.contentType == "text/html" || ($0.filename?.lowercased().hasSuffix(".html") ?? false)
        || ($0.filename?.lowercased().hasSuffix(".htm") ?? false)
    }) {
      signals.set("attachment.html", Evidence("an HTML attachment"))
    }
    readForms(message, signals: &signals, findings: &findings)
    if message.headers.first(named: "list-unsubscribe") != nil
      || message.headers["precedence"].map({ ["bulk", "list", "junk"].contains($0.lowercased()) }) == true
    {
      signals.set("list.bulk", Evidence("List-Unsubscribe / Precedence"))
    }
    if !matched.isEmpty {
      findings.append(
        Finding(
          id: "lure-cues", severity: .info,
          title: "Lure wording in the current text: "
            + matched.sorted { $0.key < $1.key }.map { "\($0.key) (\"\($0.value)\")" }.joined(separator: ", "),
          evidence: []))
    }

    let verdict = Verdict.decide(rules, signals: signals)
    findings += Self.ruleFindings(verdict, signals: signals)
    return BECAnalysis(
      sender: sender, impersonated: impersonated, recipients: recipients, cues: matched, signals: signals,
      verdict: verdict)
  }

  /// The text without its signature (below a `-- ` line) and without contact lines: short
  /// lines that start with a contact label (Tel, Mobile, WeChat, WhatsApp, LINE, 携帯, …) or that
  /// list chat apps beside a phone number or an ID.
  /// Nil when there is nothing to remove (the usual case: no second look is needed).
  static func withoutContactLines(_ text: String) -> String? {
    var kept: [Substring] = []
    var removed = false
    // Lines found by bytes: a Character split would cost more than the rest of this check.
    let utf8 = text.utf8
    var start = utf8.startIndex
    while true {
      let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
      let line = text[start..<end]
      if line == "-- " || line.trimmingBlanks() == "--" {
        removed = true
        break
      }
      if line.utf8.count <= 300, mayBeContactLine(line), isContactLine(line) {
        removed = true
      } else {
        kept.append(line)
      }
      guard end < utf8.endIndex else { break }
      start = utf8.index(after: end)
    }
    return removed ? kept.joined(separator: "\n") : nil
  }

  /// A cheap first look: a contact line starts with a letter of a contact label (or 携, 電, ｔ,
  /// フ) or holds a slash.
  static func mayBeContactLine(_ line: Substring) -> Bool {
    guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
    switch first | 0x20 {
    case UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: "m"), UInt8(ascii: "f"), UInt8(ascii: "c"),
      UInt8(ascii: "w"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "k"), UInt8(ascii: "v"),
      UInt8(ascii: "e"), UInt8(ascii: "u"):
      return true
    default:
      return first >= 0xE3 || line.utf8.contains(UInt8(ascii: "/"))
    }
  }

  /// A short line that starts with a contact label and its separator ("LINE: taro_y", not
  /// "LINEのグループを作成して"), or that lists chat apps beside a number or an ID.
  static func isContactLine(_ line: Substring) -> Bool {
    let trimmed = line.trimmingBlanks()
    let head = trimmed.prefix(12).lowercased()
    let label = contactLabels.contains { word in
      guard head.hasPrefix(word) else { return false }
      let rest = trimmed.dropFirst(word.count).drop { $0 == " " }
      return rest.first.map { ":：/+(.".contains($0) || $0.isNumber } ?? false
    }
    if label { return true }
    guard trimmed.utf8.contains(UInt8(ascii: "/")) else { return false }
    let lower = trimmed.lowercased()
    let apps = contactLabels.filter { lower.contains($0) }.count
    return apps >= 2 && (trimmed.filter(\.isNumber).count >= 6 || lower.contains("id"))
  }

  static let contactLabels = [
    "tel", "phone", "mobile", "mob", "fax", "cell", "wechat", "whatsapp", "line", "skype", "telegram", "kakao",
    "viber", "signal", "e-mail", "email", "mail:", "web", "url", "携帯", "電話", "ｔｅｌ", "ファックス",
  ]

  /// Office documents, PDFs, calendar invitations, archives and disk images: where lures hide
  /// from link scanners.
  static func isDocument(_ filename: String?) -> Bool {
    guard let name = filename?.lowercased(), let dot = name.lastIndex(of: ".") else { return false }
    return documentExtensions.contains(String(name[name.index(after: dot)...]))
  }

  private static let documentExtensions: Set = [
    "pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "rtf", "odt", "ics", "zip", "rar", "7z",
    "gz", "iso", "img", "vhd", "one",
  ]

  /// Whether `text` has fewer than `limit` bytes that are not ASCII white space (stops early).
  static func shortText(_ text: String, limit: Int = 40) -> Bool {
    var visible = 0
    for b in text.utf8 where b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
      visible += 1
      if visible >= limit { return false }
    }
    return true
  }

  /// "Fw:", "Fwd:", "FW:", "TR:", "WG:", "ENC:", "RV:", "転送:" in front of the subject.
  static func isForward(_ subject: String?) -> Bool {
    guard let s = subject?.trimmingBlanks().lowercased() else { return false }
    return ["fw:", "fwd:", "tr:", "wg:", "enc:", "rv:", "転送:", "fw：", "fwd："].contains { s.hasPrefix($0) }
  }

  /// One finding per matched rule, citing the evidence of the signals it used.
  static func ruleFindings(_ verdict: Verdict, signals: Signals) -> [Finding] {
    verdict.matched.map { rule in
      let used = (rule.all ?? []) + (rule.any ?? [])
      var seen: Set<Evidence> = []
      let evidence = used.filter(signals.has).flatMap { signals.values[$0] ?? [] }.filter { seen.insert($0).inserted }
      return Finding(
        id: "rule:\(rule.id)", severity: rule.severity, title: rule.description, evidence: Array(evidence.prefix(6)))
    }
  }

  /// The host a link's text shows, when the text is a web address (`https://x`, `www.x`, `x.com/…`).
  static func host(ofShown text: String) -> String? {
    let t = text.trimmed.lowercased()
    guard !t.contains(Character(" ")), t.count >= 4, t.count <= 200 else { return nil }
    if t.hasPrefix("http://") || t.hasPrefix("https://") { return host(of: t) }
    guard
      t.hasPrefix("www.")
        || t.split(separator: "/").first.map({ $0.contains(Character(".")) && !$0.contains(Character("@")) }) == true
    else { return nil }
    guard let h = host(of: "http://" + t), h.contains(Character(".")), DomainName.registrable(h) != nil,
      h.split(separator: ".").last.map({ $0.allSatisfy(\.isLetter) }) == true
    else { return nil }
    return h
  }

  static func host(of url: String) -> String? {
    var rest = Substring(url)
    if let r = rest.range(of: "://") {
      rest = rest[r.upperBound...]
    } else if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
    }
    let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == ":" }) ?? rest.endIndex
    let host = rest[..<end].lowercased()
    return host.isEmpty ? nil : host
  }
}

extension BECAnalyzer {
  /// Forms in HTML parts: a password field means a login page travels with the message.
  func readForms(_ message: Message, signals: inout Signals, findings: inout [Finding]) {
    for (index, part) in message.parts.enumerated() {
      for form in part.forms {
        let place = part.filename.map { "the attachment \($0)" } ?? "the HTML body"
        let target = form.action.map { "sends to \($0)" } ?? "no action, sent by script"
        let evidence = Evidence(
          "a form in \(place) (\(target)); fields: \(form.inputTypes.joined(separator: ", "))", part: index)
        if let action = form.action?.lowercased(), action.hasPrefix("http://") || action.hasPrefix("https://") {
          signals.set("html.form-external", evidence)
        }
        guard form.asksForPassword, !signals.has("html.credential-form") else { continue }
        signals.set("html.credential-form", evidence)
        findings.append(
          Finding(
            id: "credential-form", severity: .high, title: "A form asking for a password in \(place)",
            evidence: [evidence]))
      }
    }
  }
}
