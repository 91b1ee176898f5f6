import Dispatch

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
  public func run(_ sources: [InputSource]) async -> Summary {
    let start = DispatchTime.now().uptimeNanoseconds
    let parser = self.parser
    // Each source's counts: (read, messages, bytes, defects).
    let counts = await ParallelMap.map(sources, jobs: jobs) { source -> (Bool, Int, Int, Int) in
      var messages = 0
      var bytes = 0
      var defects = 0
      do {
        try MessageReader(source: source, maxMessageBytes: parser.limits.maxMessageBytes).forEach { raw in
          let message = parser.parse(raw)
          bytes += raw.bytes.count
          messages += 1
          defects += message.defects.count
        }
        return (true, messages, bytes, defects)
      } catch {
        return (false, messages, bytes, defects)
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return Summary(
      files: counts.filter(\.0).count, messages: counts.map(\.1).reduce(0, +), failed: counts.filter { !$0.0 }.count,
      bytes: counts.map(\.2).reduce(0, +), seconds: seconds, defects: counts.map(\.3).reduce(0, +))
  }
}
