import Foundation

/// How a report mailbox that keeps running (``ReportMailbox/run(poll:status:onPass:)``) is doing:
/// its passes added up and its last failure, for the workbench's inbox page and
/// `GET /api/v1/intake`. A failure is kept until a pass succeeds after it, so a mailbox that
/// cannot be read says why instead of looking idle.
public actor IntakeStatus {
  /// The state at one moment.
  public struct Snapshot: Sendable, Equatable {
    public enum State: String, Sendable {
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

  public private(set) var snapshot: Snapshot

  public init(mailbox: MailboxURL) { snapshot = Snapshot(mailbox: mailbox.description) }

  /// A pass is done.
  public func record(_ pass: ReportMailbox.Pass, at date: Date = Date()) {
    snapshot.state = .reading
    snapshot.passes += 1
    snapshot.lastPassAt = date
    snapshot.fetched += pass.fetched
    snapshot.added += pass.added
    snapshot.repeats += pass.repeats
    snapshot.unreadable += pass.unreadable.count
    snapshot.recentUnreadable = Array((snapshot.recentUnreadable + pass.unreadable).suffix(10))
    snapshot.answersSent += pass.answers.sent
    snapshot.answersWritten += pass.answers.dryRun
    snapshot.answersFailed += pass.answers.failed
    snapshot.lastError = nil
    snapshot.lastErrorAt = nil
    snapshot.retryInSeconds = nil
  }

  /// An attempt failed; the next comes in `retry` seconds.
  public func record(failure: String, retry: Int, at date: Date = Date()) {
    snapshot.state = .failing
    snapshot.lastError = failure
    snapshot.lastErrorAt = date
    snapshot.retryInSeconds = retry
  }
}
