import DNSClient
import Synchronization

/// A TXT lookup that asks each name once per run: later questions for the same name (the same
/// key for every copy of a campaign, or a message analysed twice) get the first answer, errors
/// included, without another query.
public final class CachingTXTLookup: TXTLookup {
  private let base: any TXTLookup
  private let answers = Mutex<[String: Result<[String], DNSLookupError>]>([:])

  public init(_ base: any TXTLookup) {
    self.base = base
  }

  /// How many distinct names have been asked.
  public var namesAsked: Int { answers.withLock { $0.count } }

  public func txt(_ name: String) throws(DNSLookupError) -> [String] {
    let key = name.lowercased()
    if let known = answers.withLock({ $0[key] }) { return try known.get() }
    let answer: Result<[String], DNSLookupError>
    do {
      answer = .success(try base.txt(name))
    } catch {
      answer = .failure(error)
    }
    answers.withLock { $0[key] = answer }
    return try answer.get()
  }
}
