/// A mailbox from an address field: display name and address, with the group it belonged to.
public struct Address: Hashable, Sendable, Codable {
  /// The display name, decoded (RFC 2047 or raw UTF-8), unquoted; or the comment when a
  /// mailbox has only `addr (Comment)`. `nil` when absent.
  public var name: String?
  /// The address `local@domain` as written (no angle brackets), or `nil` when the mailbox had
  /// none (for example a bare display name).
  public var address: String?
  /// The name of the group (`Team: a@x, b@y;`) the mailbox was listed in.
  public var group: String?

  public init(name: String? = nil, address: String? = nil, group: String? = nil) {
    self.name = name
    self.address = address
    self.group = group
  }

  /// The local part, before the last `@`.
  public var localPart: String? {
    guard let address, let at = address.lastIndex(of: "@") else { return nil }
    return String(address[..<at])
  }

  /// The domain, after the last `@`, in lower case.
  public var domain: String? {
    guard let address, let at = address.lastIndex(of: "@") else { return nil }
    let domain = address[address.index(after: at)...]
    return domain.isEmpty ? nil : domain.lowercased()
  }

  /// The domain with any IDNA `xn--` labels decoded to Unicode (for lookalike checks).
  public var unicodeDomain: String? {
    guard let domain else { return nil }
    return Punycode.decodeDomain(domain)
  }
}
