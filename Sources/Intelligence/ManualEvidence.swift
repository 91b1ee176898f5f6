import Analysis
import Foundation
import MailCore

/// Intelligence an analyst looked up by hand (`investigate --evidence FILE`), used exactly as
/// live answers are: breaches by address feed the breach overlap, an address's reputation feeds
/// the report and its conclusions. Each piece keeps its source, date and file.
///
/// A file is one of:
/// - a CSV with the header `indicator,source,result,date,note` (RFC 4180). `source` HIBP:
///   `result` is the breach names separated by `;`, or `none`; AbuseIPDB: the confidence score
///   (0–100); VirusTotal: the number of engines that call the indicator malicious. Any other
///   source is kept as a record the report lists;
/// - AbuseIPDB's `check` answer saved as JSON (`{"data": {"ipAddress": …}}`);
/// - VirusTotal's answer for an address or a domain saved as JSON (`{"data": {"type":
///   "ip_address", "id": …, "attributes": …}}`);
/// - Have I Been Pwned's `breachedaccount` answer saved as JSON (a list of breaches), in a file
///   named after the address (`sho.tkd@gmail.com.json`), since the answer does not name it.
public struct ManualEvidence: Sendable {
  /// One piece of evidence as the report lists it.
  public struct Record: Sendable, Codable, Equatable {
    public var indicator: String
    public var source: String
    public var result: String
    public var date: String
    public var note: String
    /// The file it came from (its name, not its path).
    public var file: String
  }

  public var records: [Record] = []
  /// Address → its breaches (HIBP), for the addresses looked up.
  public var breaches: [String: [Breach]] = [:]
  /// Address → what AbuseIPDB and VirusTotal said.
  public var addresses: [String: IPIntel] = [:]

  public init() {}

  public var isEmpty: Bool { records.isEmpty }

  /// Reads every file; a file in none of the forms above is an error with its reason.
  public static func load(_ paths: [String]) throws(FileError) -> ManualEvidence {
    var evidence = ManualEvidence()
    for path in paths { try evidence.read(path) }
    return evidence
  }

  private mutating func read(_ path: String) throws(FileError) {
    // FileBytes answers an empty file itself (Foundation's reader leaks its buffer on one).
    guard let data = FileBytes.read(path) else {
      throw FileError(.unreadable, path: path, reason: "cannot be read")
    }
    let name = (path as NSString).lastPathComponent
    let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    let date = modified.map { String(ISO8601DateFormatter().string(from: $0).prefix(10)) } ?? ""
    let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
    if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
      try readJSON(data, file: name, path: path, date: date)
    } else {
      try readCSV(data, file: name, path: path)
    }
  }

  private struct Envelope<A: Decodable>: Decodable { var data: A }
  /// A VirusTotal object: its type and id around the client's own attribute decoding.
  private struct VTObject: Decodable {
    var type: String
    var id: String
    var attributes: VirusTotalClient.AddressAttributes
  }
  private struct AbuseIPDBCheck: Decodable {
    var ipAddress: String
  }

  private mutating func readJSON(_ data: Data, file: String, path: String, date: String) throws(FileError) {
    let decoder = JSONDecoder()
    if let check = try? decoder.decode(Envelope<AbuseIPDBCheck>.self, from: data),
      let reputation = try? decoder.decode(Envelope<IPReputation>.self, from: data).data
    {
      let ip = check.data.ipAddress
      addresses[ip, default: IPIntel(ip: ip, notes: [])].abuseipdb = reputation
      add(ip, "AbuseIPDB", "\(reputation.abuseConfidenceScore)/100", date, "", file)
      return
    }
    if let object = try? decoder.decode(Envelope<VTObject>.self, from: data).data {
      let report = object.attributes.report
      let malicious = report.stats?.malicious ?? 0
      if object.type == "ip_address" {
        addresses[object.id, default: IPIntel(ip: object.id, notes: [])].virustotal = report
      }
      add(object.id, "VirusTotal", "\(malicious) malicious", date, object.type, file)
      return
    }
    if let list = try? decoder.decode([Breach].self, from: data) {
      let account = file.hasSuffix(".json") ? String(file.dropLast(5)).lowercased() : file.lowercased()
      guard account.contains("@") else {
        throw FileError(
          path: path,
          reason:
            "holds Have I Been Pwned breaches but does not name the address: name the file after it (address.json)")
      }
      breaches[account, default: []] += list
      add(account, "HIBP", list.isEmpty ? "none" : list.map(\.name).joined(separator: "; "), date, "", file)
      return
    }
    throw FileError(
      path: path,
      reason:
        "is JSON, but not an answer of AbuseIPDB (check), VirusTotal (an address or a domain) or HIBP (breachedaccount)"
    )
  }

  private mutating func readCSV(_ data: Data, file: String, path: String) throws(FileError) {
    let rows: [CSV.Row]
    do {
      rows = try CSV.rows(CSV.text(Array(data)))
    } catch {
      throw FileError(path: path, line: error.line, reason: error.reason)
    }
    guard let header = rows.first else { throw FileError(path: path, reason: "is empty") }
    let names = header.fields.map { $0.trimmingBlanks().lowercased() }
    guard let i = names.firstIndex(of: "indicator"), let s = names.firstIndex(of: "source"),
      let r = names.firstIndex(of: "result")
    else {
      throw FileError(
        path: path, line: header.line,
        reason: "is neither JSON nor a CSV whose header names indicator, source, result (and date, note)")
    }
    let (d, n) = (names.firstIndex(of: "date"), names.firstIndex(of: "note"))
    for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingBlanks().isEmpty }) {
      func cell(_ k: Int?) -> String {
        k.flatMap { $0 < row.fields.count ? row.fields[$0].trimmingBlanks() : nil } ?? ""
      }
      let (indicator, source, result) = (Defang.refang(cell(i)).lowercased(), cell(s), cell(r))
      guard !indicator.isEmpty, !source.isEmpty else {
        throw FileError(path: path, line: row.line, reason: "the indicator or the source is empty")
      }
      switch source.lowercased() {
      case "hibp", "have i been pwned", "haveibeenpwned":
        let list = result.lowercased() == "none" ? [] : result.split(separator: ";").map { $0.trimmingBlanks() }
        breaches[indicator, default: []] += list.filter { !$0.isEmpty }.map { Breach(name: $0) }
      case "abuseipdb":
        guard let score = Int(result), (0...100).contains(score) else {
          throw FileError(path: path, line: row.line, reason: "an AbuseIPDB result is a score from 0 to 100")
        }
        addresses[indicator, default: IPIntel(ip: indicator, notes: [])].abuseipdb = IPReputation(
          abuseConfidenceScore: score)
      case "virustotal":
        guard let malicious = Int(result.split(separator: " ").first ?? ""), malicious >= 0 else {
          throw FileError(path: path, line: row.line, reason: "a VirusTotal result is the number of malicious verdicts")
        }
        addresses[indicator, default: IPIntel(ip: indicator, notes: [])].virustotal = VTAddressReport(
          stats: AnalysisStats(malicious: malicious))
      default: break
      }
      add(indicator, source, result, cell(d), cell(n), file)
    }
  }

  private mutating func add(
    _ indicator: String, _ source: String, _ result: String, _ date: String, _ note: String, _ file: String
  ) {
    records.append(
      Record(indicator: indicator, source: source, result: result, date: date, note: note, file: file))
  }
}
