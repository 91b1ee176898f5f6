import CaseStorage
import Foundation
import Hummingbird
import Investigation
import Logging
import ServiceLifecycle

/// The server's share of the analysis queue: claims queued messages, analyses them, records
/// their facts for the inbox, and, once the queue is drained, each touched case's campaigns.
/// Every server on one database runs one; the store hands each message to one of them.
struct AnalysisWorker: Service {
  let service: CaseService
  /// How this worker is named in the store (host, port and process).
  let name: String
  let logger: Logger
  var batch = 20
  var idle: Duration = .milliseconds(300)

  func run() async throws {
    do {
      try await work()
    } catch is CancellationError {
      // The server is stopping: a message claimed but not finished is taken again later.
    }
  }

  private func work() async throws {
    try await cancelWhenGracefulShutdown {
      var touched: Set<String> = []
      while !Task.isCancelled {
        do {
          let claimed = try await service.analyseQueued(worker: name, limit: batch)
          touched.formUnion(claimed.map(\.caseID))
          if !claimed.isEmpty { logger.info("analysed \(claimed.count) message(s)", metadata: ["worker": "\(name)"]) }
          guard claimed.count < batch else { continue }
          for caseID in touched.sorted() { try await service.recordInboxCampaigns(of: caseID) }
          touched.removeAll()
          if claimed.isEmpty { try await Task.sleep(for: idle) }
        } catch let error as CaseError {
          // A store that is down for a while: said in the log, tried again later.
          logger.error("the analysis queue failed: \(error.description)", metadata: ["worker": "\(name)"])
          try await Task.sleep(for: .seconds(5))
        }
      }
    }
  }
}
