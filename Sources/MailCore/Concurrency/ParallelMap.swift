import Synchronization

/// Maps a batch on several child tasks, keeping the order of the results: the one helper every
/// stage uses to spread work over the cores (parsing for `parse --stats`, analysis for
/// `analyze`, the mailbox sweep, the case files).
///
/// `jobs` workers take the next index from a shared counter, so a slow item does not hold back
/// the others, and at most `jobs` items are in work at once. The work runs on Swift's
/// cooperative pool, one thread a core: transforms must not block on I/O for long.
public enum ParallelMap {
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], jobs: Int, _ transform: @escaping @Sendable (T) -> R
  ) async -> [R] {
    let workers = max(1, min(jobs, items.count))
    guard workers > 1 else { return items.map(transform) }
    let next = Counter()
    let parts = await withTaskGroup(of: [(Int, R)].self) { group in
      for _ in 0..<workers {
        group.addTask {
          var done: [(Int, R)] = []
          while true {
            let i = next.take()
            guard i < items.count else { return done }
            done.append((i, transform(items[i])))
          }
        }
      }
      return await group.reduce(into: [(Int, R)]()) { $0 += $1 }
    }
    var results = [R?](repeating: nil, count: items.count)
    for (i, r) in parts { results[i] = r }
    return results.map { $0! }
  }

  /// Hands out 0, 1, 2, … to the workers.
  private final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
  }
}
