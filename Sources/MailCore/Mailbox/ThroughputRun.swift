import Dispatch
import Synchronization

/// Parses many inputs on several threads and measures throughput, for `parse --stats` and
/// benchmarks. Memory stays bounded: each worker holds one message at a time.
public struct ThroughputRun: Sendable {
  /// The figures of a run, in the shape the peer parsers print.
  public struct Summary: Sendable, CustomStringConvertible {
    public var files: Int
    public var messages: Int
    public var failed: Int
    public var bytes: Int
    public var seconds: Double
    public var defects: Int

    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

    public var description: String {
      let secs = (seconds * 1000).rounded() / 1000
      let mbs = (megabytesPerSecond * 10).rounded() / 10
      return
        "becscope: files=\(files) failed=\(failed) bytes=\(bytes) seconds=\(secs) MB/s=\(mbs) messages=\(messages) defects=\(defects)"
    }
  }

  public var parser: MessageParser
  public var jobs: Int

  public init(parser: MessageParser, jobs: Int) {
    self.parser = parser
    self.jobs = max(1, jobs)
  }

  /// Parses every source, fully decoding each message, and returns the summary.
  public func run(_ sources: [InputSource]) -> Summary {
    let next = Atomic<Int>(0)
    let ok = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
    let bytes = Atomic<Int>(0)
    let messages = Atomic<Int>(0)
    let defects = Atomic<Int>(0)
    let start = DispatchTime.now().uptimeNanoseconds
    let parser = self.parser
    DispatchQueue.concurrentPerform(iterations: jobs) { _ in
      while true {
        let i = next.add(1, ordering: .relaxed).oldValue
        if i >= sources.count { break }
        do {
          try MessageReader(source: sources[i], maxMessageBytes: parser.limits.maxMessageBytes).forEach { raw in
            let message = parser.parse(raw)
            bytes.add(raw.bytes.count, ordering: .relaxed)
            messages.add(1, ordering: .relaxed)
            defects.add(message.defects.count, ordering: .relaxed)
          }
          ok.add(1, ordering: .relaxed)
        } catch {
          failed.add(1, ordering: .relaxed)
        }
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return Summary(
      files: ok.load(ordering: .relaxed), messages: messages.load(ordering: .relaxed),
      failed: failed.load(ordering: .relaxed), bytes: bytes.load(ordering: .relaxed), seconds: seconds,
      defects: defects.load(ordering: .relaxed))
  }
}
