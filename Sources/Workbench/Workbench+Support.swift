import Analysis
import CaseStorage
import Foundation
import HTTPTypes
import Hummingbird
import Investigation
import MailCore
import Reporting

/// What every handler uses: pages, forms, JSON, the store's errors as HTTP ones.
extension Workbench {
  /// The words of a page and the signed-in user's bar.
  func layout(_ principal: Principal, _ words: [String: String]) -> [String: Any] {
    var values: [String: Any] = words
    values["user"] = [
      "name": principal.user, "role": principal.role.rawValue, "csrf": principal.csrf ?? "",
      "admin": principal.role >= .admin,
    ]
    return values
  }

  func page(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
    let html = WorkbenchPages.render(template, values)
    // A template that renders nothing is a fault of this build, said as one (never an empty 200).
    guard !html.isEmpty else {
      return Response(
        status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: "the page \(template) could not be rendered\n")))
    }
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// A JSON answer (sorted keys, ISO 8601 dates).
  func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return Response(
      status: status, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
  }

  /// A JSON request body (at most 64 KiB), decoded; a body that does not decode is a 400.
  static func jsonBody<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
    let buffer = try await smallBody(request)
    do {
      return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
    } catch {
      throw WorkbenchError(.badRequest, "the body is not the JSON this route takes: \(error)")
    }
  }

  /// The language of a page: `?lang=`, else the one chosen with the pages' switch (a cookie),
  /// else the browser's `Accept-Language` (Japanese first gives `ja`).
  static func language(_ request: Request) -> ReportLanguage {
    if let chosen = request.uri.queryParameters["lang"].flatMap({ ReportLanguage(rawValue: String($0)) }) {
      return chosen
    }
    if let chosen = request.cookies[languageCookie].flatMap({ ReportLanguage(rawValue: $0.value) }) { return chosen }
    let accepted = request.headers[.acceptLanguage]?.lowercased() ?? ""
    return accepted.hasPrefix("ja") ? .ja : .en
  }

  /// `?lang=` for the API, strictly (en or ja; 400 otherwise), else the request's language.
  static func apiLanguage(_ request: Request) throws -> ReportLanguage {
    guard let raw = query(request)["lang"] else { return language(request) }
    guard let language = ReportLanguage(rawValue: raw) else { throw WorkbenchError(.badRequest, "lang is en or ja") }
    return language
  }

  /// A whole number from a query, within `range` (400 otherwise); `fallback` when absent.
  static func integer(_ raw: String?, _ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
    guard let raw else { return fallback }
    guard let value = Int(raw), range.contains(value) else {
      throw WorkbenchError(.badRequest, "\(name) is a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// An `application/x-www-form-urlencoded` body (at most 64 KiB).
  static func form(_ request: Request) async throws -> [String: String] {
    urlEncoded(String(buffer: try await smallBody(request)))
  }

  /// A request's query as a browser's form sends it (`+` for a space; at most 8 KiB read).
  static func query(_ request: Request) -> [String: String] {
    urlEncoded(String((request.uri.query ?? "").prefix(8_192)))
  }

  /// `application/x-www-form-urlencoded` text: `+` is a space, then percent-decoding.
  static func urlEncoded(_ text: String) -> [String: String] {
    var out: [String: String] = [:]
    for pair in text.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
      }
      if let key = parts.first { out[decode(key)] = parts.count > 1 ? decode(parts[1]) : "" }
    }
    return out
  }

  /// The body of a form or JSON request: at most 64 KiB (413 beyond).
  static func smallBody(_ request: Request) async throws -> ByteBuffer {
    var request = request
    do {
      return try await request.collectBody(upTo: 65_536)
    } catch {
      throw WorkbenchError(.contentTooLarge, "a form or request body is at most 64 KiB")
    }
  }

  func storeCall<T: Sendable>(_ body: () async throws(StoreError) -> T) async throws -> T {
    do {
      return try await body()
    } catch {
      if error.code == .noSuchCase { throw WorkbenchError(.notFound, error.description) }
      throw WorkbenchError(.serviceUnavailable, "the store cannot be read: \(error.description)")
    }
  }

  func serviceCall<T: Sendable>(_ body: () async throws(CaseError) -> T) async throws -> T {
    do {
      return try await body()
    } catch {
      throw WorkbenchError(HTTPResponse.Status(code: error.httpStatus), error.description)
    }
  }

  func existingCase(_ id: String) async throws -> CaseRecord {
    guard
      let record = try await storeCall({ () async throws(StoreError) in try await service.store.caseRecord(id: id) })
    else {
      throw WorkbenchError(.notFound, "no case \(id)")
    }
    return record
  }

  /// A stored message of a case and its bytes, or 404.
  func storedMessage(_ id: String, _ sha256: String) async throws -> (StoredMessage, [UInt8]) {
    guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else {
      throw WorkbenchError(.notFound, "no such message in case \(id)")
    }
    let stored = try await storeCall { () async throws(StoreError) in try await service.store.messages(in: id) }
    guard let message = stored.first(where: { $0.sha256 == sha256 }),
      let bytes = try await storeCall({ () async throws(StoreError) in try await service.store.raw(sha256: sha256) })
    else {
      throw WorkbenchError(.notFound, "no such message in case \(id)")
    }
    return (message, bytes)
  }

  /// A stored message parsed, analysed as `analyze` reads it (offline, from its stored bytes)
  /// and given the analyst's verdict when there is one; the verdict itself too.
  func analysedMessage(_ id: String, _ sha256: String) async throws -> (
    stored: StoredMessage, parsed: Message, analysis: MessageAnalysis, decided: VerdictOverride?
  ) {
    let (stored, bytes) = try await storedMessage(id, sha256)
    let parsed = MessageParser().parse(RawMessage(bytes: bytes, source: stored.provenance.source))
    var analysis = service.investigator.analyzer.analyze(parsed, source: stored.provenance.source)
    let decided = try await serviceCall { () async throws(CaseError) in try await service.verdicts(in: id) }[sha256]
    if let decided { analysis.bec.verdict.decided(by: decided) }
    return (stored, parsed, analysis, decided)
  }

  static let dates = DateText()
  static let languageCookie = "becscope_lang"

  /// ISO 8601 text of a date (a formatter per call: Foundation's is not `Sendable`).
  struct DateText: Sendable {
    func string(from date: Date) -> String { date.formatted(.iso8601) }
    /// For a page: `2026-03-10 01:12 UTC`.
    func short(_ date: Date) -> String {
      let text = date.formatted(.iso8601)
      return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
    }
  }
}
