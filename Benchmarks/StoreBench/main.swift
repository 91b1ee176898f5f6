import CaseStorage
import Foundation
import PostgresStorage

// Intake throughput of the case stores: N generated messages (about 2 KB each, all different)
// added to one new case by W concurrent writers, as investigations and server workers add them.
//   swift run -c release store-bench sqlite /tmp/bench.sqlite 100000 4
//   swift run -c release store-bench postgres postgres://becscope@127.0.0.1:55432/postgres 100000 4
// Prints messages per second; run it under /usr/bin/time -f %M for the peak memory.
let arguments = CommandLine.arguments
guard arguments.count >= 4, let count = Int(arguments[3]) else {
  print("usage: store-bench sqlite PATH|postgres URL COUNT [WRITERS]")
  exit(64)
}
let writers = arguments.count > 4 ? max(1, Int(arguments[4]) ?? 4) : 4
let body = String(repeating: "Please process the attached payment today. ", count: 40)

func message(_ n: Int) -> IncomingMessage {
  IncomingMessage(
    key: "mid:<\(n)@bench.example>",
    bytes: Array(
      "From: a@bench.example\r\nMessage-ID: <\(n)@bench.example>\r\nSubject: n\(n)\r\n\r\n\(body)\(n)\r\n".utf8),
    provenance: Provenance(kind: .mailbox, source: "bench.mbox#\(n)"))
}

/// Adds `count` messages to the case from `writers` concurrent tasks; returns how many were new.
nonisolated func intake(_ store: any CaseStore, caseID: String, count: Int, writers: Int) async throws -> Int {
  try await withThrowingTaskGroup(of: Int.self) { group in
    for w in 0..<writers {
      group.addTask {
        var added = 0
        for n in stride(from: w, to: count, by: writers) where try await store.add(message(n), to: caseID) {
          added += 1
        }
        return added
      }
    }
    var total = 0
    for try await n in group { total += n }
    return total
  }
}

do {
  let store: any CaseStore
  switch arguments[1] {
  case "sqlite": store = try SQLiteCaseStore(path: arguments[2])
  case "postgres":
    let url = try await PostgresCaseStore.createDatabase(
      "becscope_bench_\(UUID().uuidString.prefix(8).lowercased())", server: arguments[2])
    store = try await PostgresCaseStore(url: url)
  default:
    print("unknown store \(arguments[1])")
    exit(64)
  }
  let c = try await store.createCase(title: "bench", owner: nil)
  let started = ContinuousClock.now
  let added = try await intake(store, caseID: c.id, count: count, writers: writers)
  let elapsed = ContinuousClock.now - started
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let stored = try await store.check().messages
  print(
    "store-bench: \(arguments[1]) messages=\(added) stored=\(stored) writers=\(writers) seconds=\(String(format: "%.2f", seconds)) messages/s=\(Int(Double(added) / seconds))"
  )
} catch {
  print("store-bench: \(error)")
  exit(1)
}
