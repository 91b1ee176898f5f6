import Analysis
import Foundation
import Investigation
import MailCore

/// The case's indicators in the formats other tools read: defanged text, CSV, a STIX 2.1
/// bundle and a MISP event.
enum IOCExport {
  /// One defanged indicator a line, with its type.
  static func text(_ report: CaseReport) -> String {
    report.iocs.map { "\($0.type.rawValue)\t\(Inert.text($0.defanged))" }.joined(separator: "\n") + "\n"
  }

  /// type, value, defanged, first_seen, last_seen, context (RFC 4180 quoting). Linear in the
  /// number of indicators: each message's indicators are indexed once.
  static func csv(_ report: CaseReport) -> String {
    var out = "type,value,defanged,first_seen,last_seen,context\n"
    let messages = report.result.messages
    var carrying: [String: [Int]] = [:]
    for (i, m) in messages.enumerated() {
      for ioc in Set(m.analysis.iocs.map(key)) { carrying[ioc, default: []].append(i) }
    }
    var campaignsOf: [Int: [Int]] = [:]
    for (n, c) in report.result.campaigns.enumerated() {
      for i in c.messageIndexes { campaignsOf[i, default: []].append(n) }
    }
    for ioc in report.iocs {
      let indexes = carrying[key(ioc)] ?? []
      let dates = indexes.compactMap { messages[$0].analysis.message.envelope.date?.rfc3339 }.sorted()
      let numbers = Set(indexes.flatMap { campaignsOf[$0] ?? [] }).sorted()
      let context = numbers.map { report.result.campaigns[$0] }.map { "\($0.id) (\($0.label))" }.joined(
        separator: "; ")
      out +=
        [ioc.type.rawValue, ioc.value, ioc.defanged, dates.first ?? "", dates.last ?? "", context].map(quote).joined(
          separator: ",") + "\n"
    }
    return out
  }

  /// An indicator's identity across messages.
  static func key(_ ioc: IOC) -> String { ioc.type.rawValue + ":" + ioc.value }

  static func quote(_ s: String) -> String { Inert.csv(s) }

  /// A deterministic UUID in the version-4 layout (its random bits taken from a SHA-256 of the
  /// name), so that re-running a case gives the same STIX and MISP identifiers.
  static func uuid(_ name: String) -> String {
    var b = Array(ContentHash.sha256Digest(Array(("becscope:" + name).utf8)).prefix(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    let hex = b.lowercaseHex
    let parts = [
      hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
      hex.dropFirst(20),
    ]
    return parts.map(String.init).joined(separator: "-")
  }

  /// The STIX and MISP documents as indented JSON with sorted keys, through the reports' own
  /// string writer. (Foundation's `JSONSerialization` with `.sortedKeys` compares keys with
  /// locale-aware collation: it took two thirds of an investigation of 80 messages with 1,000
  /// links each.)
  static func json(_ object: Any) -> String {
    var out = ""
    write(object, depth: 0, into: &out)
    return out + "\n"
  }

  private static func write(_ value: Any, depth: Int, into out: inout String) {
    let indent = String(repeating: "  ", count: depth + 1)
    switch value {
    case let s as String: JSONValue.writeString(s, into: &out)
    case let b as Bool: out += b ? "true" : "false"
    case let i as Int: out += String(i)
    case let object as [String: Any]:
      guard !object.isEmpty else { return out += "{}" }
      out += "{"
      for (n, key) in object.keys.sorted().enumerated() {
        out += (n == 0 ? "\n" : ",\n") + indent
        JSONValue.writeString(key, into: &out)
        out += ": "
        write(object[key]!, depth: depth + 1, into: &out)
      }
      out += "\n" + String(repeating: "  ", count: depth) + "}"
    case let array as [Any]:
      guard !array.isEmpty else { return out += "[]" }
      out += "["
      for (n, element) in array.enumerated() {
        out += (n == 0 ? "\n" : ",\n") + indent
        write(element, depth: depth + 1, into: &out)
      }
      out += "\n" + String(repeating: "  ", count: depth) + "]"
    default: out += "null"
    }
  }

  static func stixPattern(_ ioc: IOC) -> String? {
    let v = ioc.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    switch ioc.type {
    case .ipv4: return "[ipv4-addr:value = '\(v)']"
    case .ipv6: return "[ipv6-addr:value = '\(v)']"
    case .domain: return "[domain-name:value = '\(v)']"
    case .email: return "[email-addr:value = '\(v)']"
    case .url: return "[url:value = '\(v)']"
    case .sha256: return "[file:hashes.'SHA-256' = '\(v)']"
    }
  }

  /// A STIX 2.1 bundle: the identity that wrote it, one campaign per campaign, an indicator per
  /// IOC, and `indicates` relationships.
  static func stix(_ report: CaseReport) -> String {
    let created = report.generatedAt.replacingOccurrences(of: "Z", with: ".000Z")
    let identity = "identity--" + uuid("identity")
    var objects: [[String: Any]] = [
      [
        "type": "identity", "spec_version": "2.1", "id": identity, "created": created, "modified": created,
        "name": report.profile?.name ?? "becscope", "identity_class": "organization",
      ]
    ]
    let messages = report.result.messages
    var written: Set<String> = []
    for c in report.result.campaigns {
      let campaignID = "campaign--" + uuid("campaign:" + c.id + ":" + c.senders.joined())
      objects.append(
        [
          "type": "campaign", "spec_version": "2.1", "id": campaignID, "created": created, "modified": created,
          "created_by_ref": identity, "name": "\(c.label.uppercased()) \(c.subjects.first ?? c.id)",
          "description": c.attackFlow.map(\.step).joined(separator: " → "),
        ].merging(c.firstSeen.map { ["first_seen": $0] } ?? [:]) { a, _ in a })
      var seen: Set<String> = []
      for i in c.messageIndexes {
        for ioc in messages[i].analysis.iocs where seen.insert(key(ioc)).inserted {
          guard let pattern = stixPattern(ioc) else { continue }
          let indicator = "indicator--" + uuid("indicator:" + ioc.type.rawValue + ":" + ioc.value)
          if written.insert(indicator).inserted {
            objects.append([
              "type": "indicator", "spec_version": "2.1", "id": indicator, "created": created, "modified": created,
              "created_by_ref": identity, "name": "\(ioc.type.rawValue) \(ioc.defanged)", "pattern": pattern,
              "description":
                "Seen in \(c.label.uppercased()) campaign \(c.id) (\(c.messageIndexes.count) messages), found by becscope",
              "pattern_type": "stix", "valid_from": created,
              "indicator_types": [c.label == "clean" ? "anomalous-activity" : "malicious-activity"],
            ])
          }
          objects.append([
            "type": "relationship", "spec_version": "2.1",
            "id": "relationship--" + uuid("rel:" + indicator + campaignID), "created": created, "modified": created,
            "relationship_type": "indicates", "source_ref": indicator, "target_ref": campaignID,
          ])
        }
      }
    }
    return json(["type": "bundle", "id": "bundle--" + uuid("bundle:" + report.generatedAt), "objects": objects])
  }

  /// A MISP event: one `email` object per campaign message (from, reply-to, subject,
  /// message-id, ip-src…) and the indicators as attributes of their MISP types.
  static func misp(_ report: CaseReport) -> String {
    let date = String(report.generatedAt.prefix(10))
    let timestamp = String(Int(Date().timeIntervalSince1970))
    var attributes: [[String: Any]] = []
    var objects: [[String: Any]] = []
    func attribute(_ type: String, _ category: String, _ value: String, ids: Bool, relation: String? = nil) -> [String:
      Any]
    {
      var a: [String: Any] = [
        "uuid": uuid("misp-attr:" + type + value + (relation ?? "")), "type": type, "category": category,
        "value": value,
        "to_ids": ids, "distribution": "5", "comment": "", "timestamp": timestamp,
      ]
      if let relation { a["object_relation"] = relation }
      return a
    }
    for ioc in report.iocs {
      let (type, category): (String, String) =
        switch ioc.type {
        case .ipv4, .ipv6: ("ip-src", "Network activity")
        case .domain: ("domain", "Network activity")
        case .email: ("email-src", "Payload delivery")
        case .url: ("url", "Network activity")
        case .sha256: ("sha256", "Payload delivery")
        }
      attributes.append(attribute(type, category, ioc.value, ids: true))
    }
    let inCampaigns = Set(report.result.campaigns.flatMap(\.messageIndexes))
    for (i, m) in report.result.messages.enumerated() where inCampaigns.contains(i) {
      let a = m.analysis
      var inner: [[String: Any]] = []
      if let from = a.message.from?.address {
        inner.append(attribute("email-src", "Payload delivery", from, ids: true, relation: "from"))
      }
      if let name = a.message.from?.name {
        inner.append(
          attribute("email-src-display-name", "Payload delivery", name, ids: false, relation: "from-display-name"))
      }
      for r in a.message.envelope.replyTo.compactMap(\.address) {
        inner.append(attribute("email-reply-to", "Payload delivery", r, ids: false, relation: "reply-to"))
      }
      if let s = a.message.subject {
        inner.append(attribute("email-subject", "Payload delivery", s, ids: false, relation: "subject"))
      }
      if let id = a.message.envelope.messageID {
        inner.append(attribute("email-message-id", "Payload delivery", id, ids: false, relation: "message-id"))
      }
      if let ip = a.origin.ip, !ip.isNonPublic {
        inner.append(attribute("ip-src", "Network activity", ip.text, ids: true, relation: "ip-src"))
      }
      for to in a.message.envelope.to.compactMap(\.address) {
        inner.append(attribute("email-dst", "Payload delivery", to, ids: false, relation: "to"))
      }
      if let d = a.message.envelope.date?.rfc3339 {
        inner.append(attribute("datetime", "Other", d, ids: false, relation: "send-date"))
      }
      objects.append([
        "uuid": uuid("misp-object:" + m.key), "name": "email", "meta-category": "network",
        "template_uuid": "a0c666e0-fc65-4be8-b48f-3423d788b552", "template_version": "18",
        "description": "Email object describing an email with meta-information",
        "distribution": "5", "timestamp": timestamp, "Attribute": inner,
      ])
    }
    let info = report.result.campaigns.map { "\($0.label.uppercased()): \($0.subjects.first ?? $0.id)" }.joined(
      separator: "; ")
    let event: [String: Any] = [
      "Event": [
        "uuid": uuid("misp-event:" + report.generatedAt + info),
        "info": "becscope case — " + (info.isEmpty ? "no campaign" : info),
        "date": date, "threat_level_id": "2", "analysis": "2", "distribution": "0", "published": false,
        "timestamp": timestamp, "Attribute": attributes, "Object": objects,
        "Tag": [["name": "tlp:amber"]],
      ] as [String: Any]
    ]
    return json(event)
  }
}
