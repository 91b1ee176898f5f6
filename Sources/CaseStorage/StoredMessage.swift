import Foundation
import MailCore

/// Where a message came from: a file given on the command line, an upload to the server, a
/// mailbox sweep, the report mailbox (IMAP, with its UID), … and who reported it.
public struct Provenance: Codable, Sendable, Hashable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    /// Reported: a file or folder given to `investigate`.
    case reported
    /// Found by sweeping a mailbox export.
    case mailbox
    /// Uploaded to the team server.
    case upload
    /// Read from the report mailbox.
    case imap
  }

  public var kind: Kind
  /// The file path, the upload's name, `mailbox#index` or `INBOX;UID=…`.
  public var source: String
  /// The address of the employee who reported it, when known.
  public var reporter: String?

  public init(kind: Kind, source: String, reporter: String? = nil) {
    self.kind = kind
    self.source = source
    self.reporter = reporter
  }
}

/// A message on its way into a case: its raw bytes, the identity that recognises it when it
/// is reported again, and where it came from.
public struct IncomingMessage: Sendable {
  /// The same message reported twice has the same key (`mid:…` from the Message-ID, else a hash
  /// of its content).
  public var key: String
  public let bytes: [UInt8]
  /// SHA-256 of `bytes` (lower-case hex), computed once: the caller usually has it already.
  public let sha256: String
  public var provenance: Provenance

  public init(key: String, bytes: [UInt8], sha256: String? = nil, provenance: Provenance) {
    self.key = key
    self.bytes = bytes
    self.sha256 = sha256 ?? ContentHash.sha256(bytes)
    self.provenance = provenance
  }
}

/// A message of a case as the store keeps it; its bytes are read with ``CaseStore/raw(sha256:)``.
public struct StoredMessage: Codable, Sendable, Hashable {
  public var caseID: String
  public var key: String
  /// SHA-256 of the raw bytes (lower-case hex): the bytes are stored once, whatever the number of
  /// cases and reports that hold them.
  public var sha256: String
  public var provenance: Provenance
  public var addedAt: Date

  public init(caseID: String, key: String, sha256: String, provenance: Provenance, addedAt: Date) {
    self.caseID = caseID
    self.key = key
    self.sha256 = sha256
    self.provenance = provenance
    self.addedAt = addedAt
  }
}
