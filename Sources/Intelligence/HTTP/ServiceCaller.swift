import Foundation

/// How a source's failures are retried.
public struct RetryPolicy: Sendable {
  /// Retries after the first attempt, for 429, 5xx, timeouts and lost connections.
  public var maxRetries: Int
  /// The first back-off; it doubles with each retry.
  public var backoff: TimeInterval
  /// The longest `retry-after` honoured; a longer one gives up with a note.
  public var maxRetryAfter: TimeInterval

  public init(maxRetries: Int = 2, backoff: TimeInterval = 0.5, maxRetryAfter: TimeInterval = 60) {
    self.maxRetries = maxRetries
    self.backoff = backoff
    self.maxRetryAfter = maxRetryAfter
  }
}

/// What came back for one lookup.
enum FetchResult: Sendable {
  /// An accepted status (200, or a 404 that means "nothing known") and its body.
  case answer(status: Int, body: Data, cached: Bool)
  /// No usable answer; the text says why, for the output's notes.
  case failed(String)
}

/// Sends one source's lookups: cache first, then the network through the source's gate, with
/// bounded retries (429 honours `retry-after`; 5xx, timeouts and lost connections back off),
/// every attempt written to the audit log, accepted answers cached for the source's TTL.
struct ServiceCaller: Sendable {
  let source: String
  let transport: any HTTPTransport
  let store: IntelStore?
  let gate: ServiceGate
  let retry: RetryPolicy
  let ttl: TimeInterval

  func fetch(kind: String, indicator: String, request: HTTPRequest, accepted: Set<Int> = [200]) async -> FetchResult {
    if let hit = await store?.cached(source: source, kind: kind, indicator: indicator) {
      return .answer(status: hit.status, body: hit.body, cached: true)
    }
    var attempt = 0
    while true {
      await gate.acquire()
      let started = ContinuousClock.now
      let sentAt = Date()
      var outcome: Result<HTTPResponse, TransportError>
      do {
        outcome = .success(try await transport.send(request))
      } catch {
        outcome = .failure(error)
      }
      await gate.release()
      let elapsed = ContinuousClock.now - started
      let milliseconds = Int(
        elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
      var wait: TimeInterval? = nil
      let result: FetchResult?
      let status: Int?
      let logged: String
      switch outcome {
      case .success(let response) where accepted.contains(response.status):
        status = response.status
        logged = response.status == 404 ? "not found" : "ok"
        try? await store?.store(
          source: source, kind: kind, indicator: indicator, status: response.status, body: response.body, ttl: ttl)
        result = .answer(status: response.status, body: response.body, cached: false)
      case .success(let response) where response.status == 429:
        status = 429
        let after = Self.retryAfter(response.headers["retry-after"]) ?? retry.backoff * pow(2, Double(attempt))
        logged = "rate limited (retry after \(Int(after.rounded(.up))) s)"
        if attempt < retry.maxRetries && after <= retry.maxRetryAfter {
          wait = after
          result = nil
        } else {
          result = .failed("429 rate limited, retry after \(Int(after.rounded(.up))) s")
        }
      case .success(let response):
        status = response.status
        let reason = Self.reason(response)
        logged = "error: \(reason)"
        if response.status >= 500 && attempt < retry.maxRetries {
          wait = retry.backoff * pow(2, Double(attempt))
          result = nil
        } else {
          result = .failed("\(response.status) \(reason)")
        }
      case .failure(let error):
        status = nil
        let reason: String
        switch error {
        case .timedOut: reason = "timed out"
        case .failed(let text): reason = text
        }
        logged = reason == "timed out" ? "timeout" : "error: \(reason)"
        if attempt < retry.maxRetries {
          wait = retry.backoff * pow(2, Double(attempt))
          result = nil
        } else {
          result = .failed(reason)
        }
      }
      try? await store?.audit(
        IntelStore.AuditEntry(
          at: Self.timestamp(sentAt), source: source, kind: kind, indicator: indicator,
          endpoint: Self.endpoint(request.url), status: status, outcome: logged, durationMilliseconds: milliseconds))
      if let result { return result }
      attempt += 1
      if let wait, wait > 0 { try? await Task.sleep(for: .milliseconds(Int64(wait * 1_000))) }
    }
  }

  /// `retry-after` in seconds or as an HTTP date (RFC 9110 section 10.2.3).
  static func retryAfter(_ value: String?) -> TimeInterval? {
    guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
    if let seconds = Double(value) { return max(0, seconds) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: value).map { max(0, $0.timeIntervalSinceNow) }
  }

  /// A short reason from the documented error bodies (AbuseIPDB `errors[].detail`, VirusTotal
  /// `error.code`), else the status's usual meaning.
  static func reason(_ response: HTTPResponse) -> String {
    if let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] {
      if let errors = object["errors"] as? [[String: Any]], let detail = errors.first?["detail"] as? String {
        return String(detail.prefix(120))
      }
      if let error = object["error"] as? [String: Any], let code = error["code"] as? String { return code }
    }
    switch response.status {
    case 401: return "bad key"
    case 403: return "forbidden"
    case 404: return "not found"
    case 500...: return "server error"
    default: return "unexpected answer"
    }
  }

  /// The URL without user info: where the query went.
  static func endpoint(_ url: URL) -> String {
    guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.absoluteString }
    parts.user = nil
    parts.password = nil
    return parts.string ?? url.absoluteString
  }

  static func timestamp(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return f.string(from: date)
  }
}
