import CaseStorage
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
  let store: (any IntelCacheStore)?
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
      let (outcome, finalURL) = await sendFollowingRedirects(request, kind: kind, indicator: indicator)
      await gate.release()
      let milliseconds = Self.milliseconds(since: started)
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
        case .failed(let text), .refused(let text): reason = text
        }
        logged = reason == "timed out" ? "timeout" : "error: \(reason)"
        if case .refused = error {
          result = .failed(reason)
        } else if attempt < retry.maxRetries {
          wait = retry.backoff * pow(2, Double(attempt))
          result = nil
        } else {
          result = .failed(reason)
        }
      }
      try? await store?.audit(
        IntelStore.AuditEntry(
          at: Self.timestamp(sentAt), source: source, kind: kind, indicator: indicator,
          endpoint: Self.endpoint(finalURL), status: status, outcome: logged, durationMilliseconds: milliseconds))
      if let result { return result }
      attempt += 1
      if let wait, wait > 0 { try? await Task.sleep(for: .milliseconds(Int64(wait * 1_000))) }
    }
  }

  /// Most redirects followed for one request.
  static let maxRedirects = 5

  /// Sends `request`, following redirects by hand: to the same origin with the request's
  /// headers; to another origin only when the request carries no credential (anything but
  /// `Accept` and `User-Agent`), never from HTTPS to HTTP, at most ``maxRedirects`` hops. Every
  /// followed hop is written to the audit log here; the last URL asked is returned with the
  /// outcome, which the caller logs.
  func sendFollowingRedirects(_ request: HTTPRequest, kind: String, indicator: String) async -> (
    Result<HTTPResponse, TransportError>, URL
  ) {
    var current = request
    for hop in 0...Self.maxRedirects {
      let sentAt = Date()
      let started = ContinuousClock.now
      let response: HTTPResponse
      do {
        response = try await transport.send(current)
      } catch {
        return (.failure(error), current.url)
      }
      guard [301, 302, 303, 307, 308].contains(response.status), let location = response.headers["location"] else {
        return (.success(response), current.url)
      }
      let next = URL(string: location, relativeTo: current.url)?.absoluteURL
      let refusal: String?
      if hop == Self.maxRedirects {
        refusal = "more than \(Self.maxRedirects) redirects"
      } else if let next, let scheme = next.scheme?.lowercased(), scheme == "https" || scheme == "http" {
        if current.url.scheme?.lowercased() == "https" && scheme == "http" {
          refusal = "redirected from HTTPS to HTTP (\(Self.endpoint(next))): not followed"
        } else if !Self.sameOrigin(next, current.url) && current.headers.keys.contains(where: Self.isCredential) {
          refusal =
            "redirected to another origin (\(Self.origin(next))): not followed, the key is never sent there"
        } else {
          refusal = nil
        }
      } else {
        refusal = "redirected to an unusable location"
      }
      guard let next, refusal == nil else { return (.failure(.refused(refusal ?? "")), current.url) }
      // The refused hop is logged by the caller with the outcome; a followed one here.
      try? await store?.audit(
        IntelStore.AuditEntry(
          at: Self.timestamp(sentAt), source: source, kind: kind, indicator: indicator,
          endpoint: Self.endpoint(current.url), status: response.status,
          outcome: "redirected to \(Self.endpoint(next))", durationMilliseconds: Self.milliseconds(since: started)))
      current.url = next
    }
    return (.failure(.refused("more than \(Self.maxRedirects) redirects")), current.url)
  }

  /// Header fields that are not credentials; every other one (an API key) stays with its origin.
  static func isCredential(_ name: String) -> Bool {
    !["accept", "user-agent", "accept-language"].contains(name.lowercased())
  }

  static func milliseconds(since start: ContinuousClock.Instant) -> Int {
    let elapsed = ContinuousClock.now - start
    return Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
  }

  /// Scheme, host and port, as the same-origin rule compares them.
  static func origin(_ url: URL) -> String {
    let scheme = url.scheme?.lowercased() ?? ""
    let port = url.port ?? (scheme == "https" ? 443 : 80)
    return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
  }

  static func sameOrigin(_ a: URL, _ b: URL) -> Bool { origin(a) == origin(b) }

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
