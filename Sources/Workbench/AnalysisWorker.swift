import CaseStorage
import Foundation
import Hummingbird
import Investigation
import Logging
import ServiceLifecycle

/// The server's share of the analysis queue: claims queued messages, analyses them and records
/// their facts for the inbox; beside it, a second loop records the campaigns of the cases that
/// changed (a build of a large case takes long, and must not hold up new messages' verdicts).
/// Every server on one database runs one; the store hands each message to one of them.
struct AnalysisWorker: Service {
  let service: CaseService
  /// How this worker is named in the store (host, port and process).
  let name: String
  let logger: Logger
  var batch = 20
  var idle: Duration = .milliseconds(300)

  /// The cases whose campaigns are to be recorded again.
  actor Touched {
    private var cases: Set<String> = []
    func add(_ ids: some Sequence<String>) { cases.formUnion(ids) }
    func take() -> [String] {
      defer { cases.removeAll() }
      return cases.sorted()
    }
  }

  func run() async throws {
    let touched = Touched()
    do {
      try await cancelWhenGracefulShutdown {
        try await withThrowingTaskGroup(of: Void.self) { group in
          group.addTask { try await analyse(touched) }
          group.addTask { try await recordCampaigns(touched) }
          try await group.waitForAll()
        }
      }
    } catch is CancellationError {
      // The server is stopping: a message claimed but not finished is taken again later.
    }
  }

  private func analyse(_ touched: Touched) async throws {
    while !Task.isCancelled {
      do {
        let claimed = try await service.analyseQueued(worker: name, limit: batch)
        await touched.add(claimed.map(\.caseID))
        if !claimed.isEmpty { logger.debug("analysed \(claimed.count) message(s)", metadata: ["worker": "\(name)"]) }
        if claimed.isEmpty { try await Task.sleep(for: idle) }
      } catch let error as CaseError {
        // A store that is down for a while: said in the log, tried again later.
        logger.error("the analysis queue failed: \(error.description)", metadata: ["worker": "\(name)"])
        try await Task.sleep(for: .seconds(5))
      }
    }
  }

  private func recordCampaigns(_ touched: Touched) async throws {
    while !Task.isCancelled {
      for caseID in await touched.take() {
        do {
          try await service.recordInboxCampaigns(of: caseID)
        } catch {
          logger.error("the campaigns of case \(caseID) were not recorded: \(error.description)")
        }
      }
      try await Task.sleep(for: .seconds(1))
    }
  }
}
