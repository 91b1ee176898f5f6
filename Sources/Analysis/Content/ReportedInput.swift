import MailCore

/// Decides whether an input holds a message to judge at all: becscope never calls "clean" what
/// it could not read.
public enum ReportedInput {
  /// Header fields only email messages have; a header section with none of them is not mail.
  static let mailFields: Set<String> = [
    "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version", "sender",
    "reply-to", "delivered-to", "in-reply-to", "references", "dkim-signature", "authentication-results",
    "x-mailer", "envelope-to", "x-original-to", "resent-from", "content-type",
  ]

  /// Why `message` is not an email message (empty, binary, no header section, an Outlook file
  /// that cannot be read), or nil when it reads as one.
  public static func notMailReason(_ message: Message) -> String? {
    let root = message.root
    // A rebuilt .msg always has the MIME fields becscope wrote: only the others count there.
    let rebuilt = root.rebuiltFrom != nil
    let hasMailField = root.headers.contains {
      mailFields.contains($0.key) && !(rebuilt && ($0.key == "mime-version" || $0.key == "content-type"))
    }
    if !hasMailField, let broken = message.defects.first(where: { $0.kind == .malformedOutlookFile }) {
      return "not an email message: the Outlook file cannot be read (\(broken.detail))"
    }
    if root.headerRange.isEmpty && root.bodyRange.isEmpty || (root.headers.isEmpty && isBlank(message)) {
      return "not an email message: the input is empty"
    }
    if hasMailField { return nil }
    if message.defects.contains(where: { $0.kind == .nulByte }) {
      return "not an email message: binary data with no mail header section"
    }
    return "not an email message: no mail header section (none of From, To, Subject, Date, Message-ID, Received)"
  }

  static func isBlank(_ message: Message) -> Bool {
    guard !message.raw.isEmpty else { return true }
    return message.raw.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  /// Local parts of the mailboxes reports are sent to.
  static let reportMailboxes: Set<String> = [
    "security", "abuse", "phishing", "phish", "report-phishing", "reportphishing", "soc", "csirt", "cert", "spam",
    "infosec", "it-security", "itsecurity", "sec", "incident", "incidents", "johosec", "joho-security",
  ]

  /// Whether `message` is a report (sent from the organisation to its report mailbox, or with
  /// a forwarding subject) — used to say "no reported message found" when it wraps nothing.
  public static func looksLikeReport(_ message: Message, profile: OrganizationProfile) -> Bool {
    guard let domain = message.from?.domain, profile.owns(domain) else { return false }
    if message.subject.map(InlineForward.isForwardSubject) == true { return true }
    return (message.to + message.cc).contains { address in
      guard let a = address.address?.lowercased(), let at = a.lastIndex(of: "@") else { return false }
      return profile.owns(String(a[a.index(after: at)...])) && reportMailboxes.contains(String(a[..<at]))
    }
  }
}
