import Foundation

/// How a report mailbox that keeps running (``ReportMailbox/run(poll:status:onPass:)``) is doing:
/// its passes added up and its last failure, for the workbench's inbox page and
/// `GET /api/v1/intake`. A failure is kept until a pass succeeds after it, so a mailbox that
/// cannot be read says why instead of looking idle.
public actor IntakeStatus {
  /// The state at one moment.
  public struct Snapshot: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable {
      /// Not connected yet.
      case starting
      /// The last pass succeeded; waiting for new reports.
      case reading
      /// The last attempt failed; trying again after a back-off.
      case failing
    }

    /// The mailbox, as a URL without a password.
    public var mailbox: String
    public var state = State.starting
    /// Passes over the mailbox since the server started.
    public var passes = 0
    public var lastPassAt: Date? = nil
    /// Since the server started: messages fetched, new reports, repeats, reports not taken.
    public var fetched = 0
    public var added = 0
    public var repeats = 0
    public var unreadable = 0
    /// Why the most recent reports not taken were not (the last ten).
    public var recentUnreadable: [String] = []
    /// Answers to reporters since the server started.
    public var answersSent = 0
    public var answersWritten = 0
    public var answersFailed = 0
    /// The last failure (connection, sign-in, store) and when; cleared by the next good pass.
    public var lastError: String? = nil
    public var lastErrorAt: Date? = nil
    /// Seconds until the next attempt after a failure.
    public var retryInSeconds: Int? = nil

    public init(mailbox: String) { self.mailbox = mailbox }
  }

  private var current: Snapshot

  public init(mailbox: MailboxURL) { current = Snapshot(mailbox: mailbox.description) }

  public var snapshot: Snapshot { current }

  /// A pass is done.
  public func record(_ pass: ReportMailbox.Pass, at date: Date = Date()) {
    current.state = .reading
    current.passes += 1
    current.lastPassAt = date
    current.fetched += pass.fetched
    current.added += pass.added
    current.repeats += pass.repeats
    current.unreadable += pass.unreadable.count
    current.recentUnreadable = Array((current.recentUnreadable + pass.unreadable).suffix(10))
    current.answersSent += pass.answers.sent
    current.answersWritten += pass.answers.dryRun
    current.answersFailed += pass.answers.failed
    current.lastError = nil
    current.lastErrorAt = nil
    current.retryInSeconds = nil
  }

  /// An attempt failed; the next comes in `retry` seconds.
  public func record(failure: String, retry: Int, at date: Date = Date()) {
    current.state = .failing
    current.lastError = failure
    current.lastErrorAt = date
    current.retryInSeconds = retry
  }
}
