/// One person of the organisation, from the directory.
public struct Employee: Sendable, Hashable, Codable {
  /// The corporate address, lower case.
  public var email: String
  /// Family and given names in the native script (kanji), possibly empty.
  public var familyName: String
  public var givenName: String
  /// Family and given names in Latin letters (Hepburn romaji), lower case, possibly empty.
  public var familyLatin: String
  public var givenLatin: String
  public var title: String
  /// Listed private addresses, lower case.
  public var personalEmails: [String]
  /// Whether the person is an executive (from the title or the `executive` column).
  public var isExecutive: Bool
  /// The language the person is written to in (`en`, `ja`; the `language` column), when given.
  public var language: String?

  public init(
    email: String, familyName: String = "", givenName: String = "", familyLatin: String = "", givenLatin: String = "",
    title: String = "", personalEmails: [String] = [], isExecutive: Bool? = nil, language: String? = nil
  ) {
    self.email = email.lowercased()
    self.familyName = familyName
    self.givenName = givenName
    self.familyLatin = familyLatin.lowercased()
    self.givenLatin = givenLatin.lowercased()
    self.title = title
    self.personalEmails = personalEmails.map { $0.lowercased() }
    self.isExecutive = isExecutive ?? Employee.isExecutiveTitle(title)
    self.language = language.flatMap { $0.isEmpty ? nil : $0.lowercased() }
  }

  /// A readable name: kanji if known, else romaji, else the address.
  public var displayName: String {
    if !familyName.isEmpty || !givenName.isEmpty { return "\(familyName) \(givenName)".trimmed }
    if !familyLatin.isEmpty || !givenLatin.isEmpty {
      return "\(givenLatin.capitalized) \(familyLatin.capitalized)".trimmed
    }
    return email
  }

  /// Words in a title that make someone an executive.
  static let executiveTitles = [
    "ceo", "cfo", "coo", "cto", "cio", "president", "chairman", "chairwoman", "founder", "managing director",
    "executive", "vice president", "代表取締役", "社長", "取締役", "役員", "会長", "副社長", "専務", "常務", "執行役員", "頭取",
  ]

  static func isExecutiveTitle(_ title: String) -> Bool {
    let t = title.lowercased()
    return executiveTitles.contains { t.contains($0) }
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
