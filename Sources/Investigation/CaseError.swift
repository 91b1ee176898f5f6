import CaseStorage
import MailCore

/// Why the case service could not do what was asked: one error for the command line and the
/// server, with what was being done, and the exit status and HTTP status each gives it.
public struct CaseError: Error, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// The store cannot be opened or reached.
    case unavailable
    /// The store was written by a newer becscope, or a migration failed.
    case schema
    /// A case that does not exist was named.
    case noSuchCase
    /// An input (a mailbox, a file) cannot be read.
    case input
    /// Anything else: a query failed, an analysis could not be stored.
    case failed
  }

  public var kind: Kind
  /// What was being done, and why it failed.
  public var message: String
  /// The store error behind it, if any.
  public var storeError: StoreError?
  /// The input error behind it, if any.
  public var inputError: InputError?

  public init(_ kind: Kind, _ message: String, input: InputError? = nil) {
    self.kind = kind
    self.message = message
    self.inputError = input
  }

  /// A store error, met while doing `what`.
  public init(store error: StoreError, _ what: String) {
    switch error.code {
    case .unavailable: kind = .unavailable
    case .schema: kind = .schema
    case .noSuchCase: kind = .noSuchCase
    case .failed: kind = .failed
    }
    message = "\(what): \(error)"
    storeError = error
  }

  public var description: String { message }

  /// The exit status (`docs/interfaces.md`): 1 when the store cannot be opened, is too new or
  /// fails; 66 for a case that does not exist or an input that cannot be read.
  public var exitStatus: Int32 {
    switch kind {
    case .unavailable, .schema, .failed: 1
    case .noSuchCase, .input: 66
    }
  }

  /// The HTTP status the team server answers with.
  public var httpStatus: Int {
    switch kind {
    case .unavailable: 503
    case .schema: 500
    case .noSuchCase: 404
    case .input: 422
    case .failed: 500
    }
  }
}
