/// A supplier or partner the organisation pays or deals with, from `vendors:` in the profile.
///
/// ```yaml
/// vendors:
///   - name: 株式会社ミドリ物流
///     domains: [midori-butsuryu.example]
///     bank: {bank: しらなみ銀行, branch: 港南支店, account_type: 普通, account: "3815527"}
/// ```
/// Look-alikes of a vendor's domains are found like look-alikes of the organisation's own, and
/// payment details that differ from the ones on file are a change of account.
public struct Vendor: Sendable, Hashable, Codable {
  public var name: String
  /// The vendor's mail domains, lower case.
  public var domains: [String]
  /// The payment details on file, when given.
  public var bank: BankDetails?

  public init(name: String, domains: [String], bank: BankDetails? = nil) {
    self.name = name
    self.domains = domains.map { $0.lowercased() }
    self.bank = bank
  }

  /// Whether a host is one of the vendor's domains (or below one).
  public func owns(_ domain: String) -> Bool {
    domains.contains { DomainName.host(domain, isWithin: $0) }
  }
}

/// Payment details on file for a vendor: any of a Japanese account (bank, branch, type,
/// number), an IBAN, a SWIFT/BIC code, a US routing (ABA) and account number.
public struct BankDetails: Sendable, Hashable, Codable {
  public var bank: String?
  public var branch: String?
  public var accountType: String?
  public var account: String?
  public var holder: String?
  public var iban: String?
  public var swift: String?
  public var routing: String?

  enum CodingKeys: String, CodingKey {
    case bank, branch, account, holder, iban, swift, routing
    case accountType = "account_type"
  }

  public init(
    bank: String? = nil, branch: String? = nil, accountType: String? = nil, account: String? = nil,
    holder: String? = nil, iban: String? = nil, swift: String? = nil, routing: String? = nil
  ) {
    self.bank = bank
    self.branch = branch
    self.accountType = accountType
    self.account = account
    self.holder = holder
    self.iban = iban
    self.swift = swift
    self.routing = routing
  }

  /// The identifying numbers on file, normalised as ``PaymentDetail/value`` is (IBAN without
  /// spaces, upper case; digits only for accounts and routing numbers).
  public var identifiers: Set<String> {
    var out: Set<String> = []
    if let iban { out.insert(PaymentDetail.normalizedIBAN(iban)) }
    if let swift { out.insert(swift.uppercased().filter { !$0.isWhitespace }) }
    if let routing { out.insert(PaymentDetail.digits(routing)) }
    if let account { out.insert(PaymentDetail.digits(account)) }
    return out.filter { !$0.isEmpty }
  }
}
