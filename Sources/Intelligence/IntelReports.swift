/// What is known of an address: reputation, network owner and country, reverse DNS.
public struct IPIntel: Codable, Sendable, Equatable {
  public var ip: String
  public var abuseipdb: IPReputation?
  public var virustotal: VTAddressReport?
  /// From the MaxMind DB files.
  public var network: NetworkInfo?
  public var reverseDNS: [String]?
  /// What each source did ("VirusTotal: 401 bad key").
  public var notes: [IntelNote]
}

/// Owner and place of an address, from local MaxMind DB files.
public struct NetworkInfo: Codable, Sendable, Equatable {
  public var asn: Int?
  public var organization: String?
  public var isp: String?
  public var country: String?
}

/// What is known of a domain: registration, reputation, mail records.
public struct DomainIntel: Codable, Sendable, Equatable {
  public var domain: String
  public var registration: Registration?
  /// Days since registration (RDAP, else VirusTotal's creation date).
  public var ageDays: Int?
  public var virustotal: VTDomainReport?
  public var mx: [String]?
  public var spf: String?
  public var dmarc: String?
  public var notes: [IntelNote]
}

/// What is known of a mail address: the breaches it appears in.
public struct AccountIntel: Codable, Sendable, Equatable {
  public var address: String
  /// Nil when not looked up; empty when in no breach.
  public var breaches: [Breach]?
  public var notes: [IntelNote]
}
