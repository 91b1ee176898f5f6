/// Per-source pacing: at most `concurrency` requests in flight and one start every
/// `interval`, so a free-tier quota is respected without the caller counting.
actor ServiceGate {
  private let interval: Duration
  private let concurrency: Int
  private var next = ContinuousClock.now
  private var running = 0
  private var waiters: [CheckedContinuation<Void, Never>] = []

  init(requestsPerMinute: Double, concurrency: Int) {
    let perMinute = max(requestsPerMinute, 0.01)
    interval = .milliseconds(Int64(60_000 / perMinute))
    self.concurrency = max(1, concurrency)
  }

  /// Waits for a free slot and for the pace, then takes the slot.
  func acquire() async {
    while running >= concurrency {
      await withCheckedContinuation { waiters.append($0) }
    }
    running += 1
    let now = ContinuousClock.now
    let start = max(now, next)
    next = start + interval
    if start > now { try? await Task.sleep(until: start, clock: .continuous) }
  }

  /// Gives the slot back.
  func release() {
    running -= 1
    if !waiters.isEmpty { waiters.removeFirst().resume() }
  }
}
