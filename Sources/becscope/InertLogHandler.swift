import Logging
import Reporting

/// The log of `serve` and `intake` on standard error, every message and metadata value through
/// the one escaping layer (`Inert.text`): a request path, a server's answer or a file name in a
/// log line cannot move the cursor, colour the terminal or reorder the line.
struct InertLogHandler: LogHandler {
  var inner: StreamLogHandler

  init(label: String) { inner = StreamLogHandler.standardError(label: label) }

  var logLevel: Logger.Level {
    get { inner.logLevel }
    set { inner.logLevel = newValue }
  }

  var metadata: Logger.Metadata {
    get { inner.metadata }
    set { inner.metadata = newValue }
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { inner[metadataKey: key] }
    set { inner[metadataKey: key] = newValue }
  }

  func log(event: LogEvent) {
    var event = event
    event.message = "\(Inert.text(event.message.description))"
    event.metadata = event.metadata?.mapValues { .string(Inert.text("\($0)")) }
    inner.log(event: event)
  }
}
