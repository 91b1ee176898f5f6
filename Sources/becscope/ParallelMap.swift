import Dispatch
import Synchronization

/// Maps a batch over several threads, keeping the order of the results.
enum ParallelMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], jobs: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    let slots = Mutex<[R?]>(Array(repeating: nil, count: items.count))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
      while true {
        let i = next.add(1, ordering: .relaxed).oldValue
        if i >= items.count { break }
        let r = transform(items[i])
        slots.withLock { $0[i] = r }
      }
    }
    return slots.withLock { $0.map { $0! } }
  }
}
