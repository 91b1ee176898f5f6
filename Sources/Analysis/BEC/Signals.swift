import MailCore

/// The facts rules are written over: named booleans with the evidence behind each.
public struct Signals: Sendable, Codable {
  /// Signal name → evidence (what was seen).
  public var values: [String: [Evidence]]

  public init() {
    values = [:]
  }

  public mutating func set(_ name: String, _ evidence: Evidence) {
    values[name, default: []].append(evidence)
  }

  public func has(_ name: String) -> Bool { values[name] != nil }

  public var names: [String] { values.keys.sorted() }

  /// Every signal name a rule may use, with what it means (for `rules list` and the docs).
  public static let catalogue: [(String, String)] = [
    ("sender.organization", "the From domain is one of the organisation's"),
    ("sender.freemail", "the From domain is consumer webmail or ISP mail"),
    ("sender.disposable", "the From domain is a disposable-mail service"),
    ("sender.lookalike", "the From domain imitates another domain"),
    ("sender.lookalike-organization", "the From domain imitates one of the organisation's"),
    ("sender.external", "any other outside domain"),
    ("sender.brand-impersonation", "a brand's name in the display name, on a domain that is not the brand's"),
    ("from.display-name-other-address", "the display name shows an address that is not the sender's"),
    ("sender.outside", "not the organisation's domain (freemail, disposable, lookalike or external)"),
    ("impersonation.executive", "the display name names an executive, and the address is not theirs"),
    ("impersonation.employee", "the display name names an employee, and the address is not theirs"),
    ("impersonation.executive-address-freemail-reply", "an executive's real address with a freemail Reply-To"),
    ("impersonation.executive-address-auth-fail", "an executive's real address with failed SPF/DMARC"),
    ("recipient.generated", "a recipient on the organisation's domain built from an employee's name, not real"),
    ("recipient.personal", "a recipient is an employee's listed private address"),
    ("recipient.unknown-internal", "a recipient on the organisation's domain that is not in the directory"),
    ("reply-to.freemail-elsewhere", "Reply-To is a freemail address on another domain than From"),
    ("reply-to.outside-organization", "From is the organisation's domain and Reply-To is not"),
    ("auth.spf-fail", "SPF fail or softfail"),
    ("auth.dmarc-fail", "DMARC fail"),
    ("dkim.body-altered", "a DKIM body hash mismatch"),
    ("content.text-only", "no links, no attachments, a short body"),
    ("content.image-only", "an HTML body with links that shows almost no text (the lure is in images)"),
    ("links.present", "web links in the text or HTML"),
    ("links.shortener", "a link through a URL shortener"),
    ("links.text-mismatch", "a link whose text shows one web address and goes to another host"),
    ("links.suspicious-tld", "a link to a suspicious top-level domain"),
    ("links.ip-host", "a link to a bare IP address instead of a host name"),
    ("links.free-host", "a link to a free file host or site builder (Sublime's lists)"),
    ("attachment.html", "an HTML attachment"),
    ("attachment.document", "a PDF, Office document, calendar invitation, archive or disk image attached"),
    ("html.credential-form", "an HTML form (body or attachment) that asks for a password"),
    ("html.form-external", "an HTML form that sends its fields to a web address"),
    ("list.bulk", "List-Unsubscribe or Precedence: bulk"),
    ("sender.vendor", "the From domain is one of a listed vendor's (vendors: in the profile)"),
    ("sender.lookalike-vendor", "the From domain imitates a listed vendor's"),
    ("payment.details", "bank details in the text: an IBAN, SWIFT/BIC, ABA routing number or an account number"),
    ("payment.changed", "an account that is not the vendor's on file, or not the one in the quoted history"),
    (
      "payment.on-file",
      "the vendor's account on file given as where to pay, and no other account (one named as the old account aside)"
    ),
    (
      "links.own-authenticated-domain",
      "DMARC pass for a listed vendor's or a well-known domain, and every link goes to that domain"
    ),
    ("thread.reply", "a reply in an existing thread (In-Reply-To/References, or Re: with quoted history)"),
    ("thread.sender-changed", "the quoted message came from another domain than this reply's From or Reply-To"),
    ("intel.ip-abusive", "the origin IP has an AbuseIPDB confidence of 25 or more, or 3+ VirusTotal engines flag it"),
    ("intel.ip-hosting", "the origin IP belongs to hosting, a data centre or transit (AbuseIPDB usage type)"),
    ("intel.ip-tor", "the origin IP is a Tor exit"),
    ("intel.domain-young", "the sender domain was registered less than 30 days ago"),
    ("intel.domain-malicious", "VirusTotal engines flag the sender domain"),
    ("intel.domain-no-mx", "the sender domain publishes no MX record"),
  ]
}
