import Foundation

/// How one source answered one lookup: a value, "nothing known", skipped or failed, with the
/// note the output shows.
public enum Outcome<Value: Sendable>: Sendable {
  case value(Value, cached: Bool)
  /// The service knows nothing of the indicator (HIBP 404, RDAP 404).
  case notFound(cached: Bool)
  case skipped(String)
  case failed(String)

  public var value: Value? {
    if case .value(let v, _) = self { v } else { nil }
  }

  /// The note for the output: "AbuseIPDB: ok (cached)", "VirusTotal: 401 bad key".
  public func note(_ source: String) -> IntelNote {
    switch self {
    case .value(_, let cached):
      IntelNote(source: source, status: cached ? .cached : .ok, detail: cached ? "from the cache" : "ok")
    case .notFound(let cached):
      IntelNote(source: source, status: .notFound, detail: cached ? "nothing known (cached)" : "nothing known")
    case .skipped(let why): IntelNote(source: source, status: .skipped, detail: why)
    case .failed(let why): IntelNote(source: source, status: .failed, detail: why)
    }
  }

  /// Decodes an accepted answer; garbage becomes a failure, never a crash.
  static func decode<Wire: Decodable>(
    _ result: FetchResult, source: String, notFoundStatus: Int? = nil, _ map: (Wire) -> Value?
  ) -> Outcome {
    switch result {
    case .failed(let why): return .failed(why)
    case .answer(let status, let body, let cached):
      if let notFoundStatus, status == notFoundStatus { return .notFound(cached: cached) }
      guard let wire = try? JSONDecoder().decode(Wire.self, from: body), let value = map(wire) else {
        return .failed("malformed answer (\(body.count) bytes)")
      }
      return .value(value, cached: cached)
    }
  }
}

/// One line of the output's `intel.notes`: what each source did.
public struct IntelNote: Codable, Sendable, Equatable, CustomStringConvertible {
  public enum Status: String, Codable, Sendable {
    case ok, cached, notFound = "not found", skipped, failed
  }
  public var source: String
  public var status: Status
  public var detail: String
  public var description: String { "\(source): \(detail)" }
}
