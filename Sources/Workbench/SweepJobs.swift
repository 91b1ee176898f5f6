import Foundation
import Investigation

/// The mailbox sweeps a server is running or has run: each looks through a mailbox export for
/// further copies of a case's campaigns (the case service's sweep) in a task of its own, and
/// keeps its progress for the page's bar and the API. Held by the server that runs them (a
/// sweep's progress is not in the store); finished ones are kept for a day, at most 200.
actor SweepJobs {
  struct Job: Sendable {
    enum State: String, Sendable { case running, done, failed }
    let id: String
    let caseID: String
    /// What is swept, as the analyst named it (a path under the sweep folder, or the uploaded
    /// files' names).
    let mailbox: String
    let user: String
    let started: Date
    var state = State.running
    var scanned = 0
    var found = 0
    var finished: Date?
    var error: String?
  }

  /// At most this many sweeps run at once on a server (each uses every worker thread).
  let limit: Int
  private var jobs: [String: Job] = [:]

  init(limit: Int = 2) { self.limit = limit }

  /// Starts `body` as a new sweep of `caseID`; nil when `limit` sweeps are running, or one of
  /// the same case is.
  func start(
    caseID: String, mailbox: String, user: String,
    _ body: @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) async throws -> SweepResult
  ) -> Job? {
    let running = jobs.values.filter { $0.state == .running }
    guard running.count < limit, !running.contains(where: { $0.caseID == caseID }) else { return nil }
    forgetOld()
    let job = Job(id: UUID().uuidString.lowercased(), caseID: caseID, mailbox: mailbox, user: user, started: Date())
    jobs[job.id] = job
    Task {
      do {
        let result = try await body { n in Task { await self.progress(job.id, scanned: n) } }
        finish(job.id, result: result, error: nil)
      } catch {
        finish(job.id, result: nil, error: "\(error)")
      }
    }
    return job
  }

  func job(_ id: String) -> Job? { jobs[id] }

  /// The sweeps of a case, newest first.
  func jobs(of caseID: String) -> [Job] {
    jobs.values.filter { $0.caseID == caseID }.sorted { $0.started > $1.started }
  }

  private func progress(_ id: String, scanned: Int) {
    guard var job = jobs[id], job.state == .running else { return }
    job.scanned = max(job.scanned, scanned)
    jobs[id] = job
  }

  private func finish(_ id: String, result: SweepResult?, error: String?) {
    guard var job = jobs[id] else { return }
    job.state = error == nil ? .done : .failed
    job.finished = Date()
    job.error = error
    if let result {
      job.scanned = result.scanned
      job.found = result.found
    }
    jobs[id] = job
  }

  private func forgetOld(now: Date = Date()) {
    jobs = jobs.filter { $0.value.finished.map { now.timeIntervalSince($0) < 86_400 } ?? true }
    while jobs.count >= 200,
      let oldest = jobs.values.filter({ $0.state != .running }).min(by: { $0.started < $1.started })
    {
      jobs.removeValue(forKey: oldest.id)
    }
  }
}
