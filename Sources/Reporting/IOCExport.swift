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
    out.reserveCapacity(256 * report.iocs.count)
    let messages = report.result.messages
    var carrying: [String: [Int]] = [:]
    for i in messages.indices {
      for ioc in Set(messages[i].analysis.iocs.map(key)) { carrying[ioc, default: []].append(i) }
    }
    let names = report.result.campaigns.map { "\($0.id) (\($0.label))" }
    let dateOf = messages.map { $0.analysis.facts.envelope.date?.rfc3339 }
    var campaignsOf: [Int: [Int]] = [:]
    for (n, c) in report.result.campaigns.enumerated() {
      for i in c.messageIndexes { campaignsOf[i, default: []].append(n) }
    }
    for ioc in report.iocs {
      let indexes = carrying[key(ioc)] ?? []
      let dates = indexes.compactMap { dateOf[$0] }.sorted()
      let numbers = Set(indexes.flatMap { campaignsOf[$0] ?? [] }).sorted()
      let context = numbers.map { names[$0] }.joined(separator: "; ")
      for (n, field) in [ioc.type.rawValue, ioc.value, ioc.defanged, dates.first ?? "", dates.last ?? "", context]
        .enumerated()
      {
        if n > 0 { out += "," }
        out += quote(field)
      }
      out += "\n"
    }
    return out
  }

  /// An indicator's identity across messages.
  static func key(_ ioc: IOC) -> String { ioc.type.rawValue + ":" + ioc.value }

  static func quote(_ s: String) -> String { Inert.csv(s) }

  /// A deterministic UUID in the version-4 layout (its random bits taken from a SHA-256 of the
  /// name), so that re-running a case gives the same STIX and MISP identifiers.
  static func uuid(_ name: String) -> String {
    ContentHash.withSHA256(of: "becscope:", name) { digest in
      String(unsafeUninitializedCapacity: 36) { text in
        var n = 0
        for i in 0..<16 {
          if i == 4 || i == 6 || i == 8 || i == 10 {
            text[n] = UInt8(ascii: "-")
            n += 1
          }
          var byte = digest[i]
          if i == 6 { byte = (byte & 0x0F) | 0x40 }
          if i == 8 { byte = (byte & 0x3F) | 0x80 }
          text[n] = hexDigits[Int(byte >> 4)]
          text[n + 1] = hexDigits[Int(byte & 0x0F)]
          n += 2
        }
        return n
      }
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  static func stixPattern(_ ioc: IOC) -> String? {
    let v = ioc.value.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'")
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
  /// IOC, and `indicates` relationships. Written in one pass, keys sorted, two-space indents.
  static func stix(_ report: CaseReport, options: ReportOptions = ReportOptions()) -> [UInt8] {
    let created = report.generatedAt.replacingAll("Z", with: ".000Z")
    let identity = "identity--" + uuid("identity")
    let policy = IOCPolicy(report: report, includeInternal: options.includeInternal)
    let tlp = options.tlp.stixMarking
    // AMBER+STRICT has no predefined STIX marking: AMBER, and a statement saying how strict.
    let strict = options.tlp == .amberStrict ? "marking-definition--" + uuid("marking:amber+strict") : nil
    let markings = [tlp.id] + [strict].compactMap { $0 }
    func marked(_ w: inout PrettyJSONWriter) { w.field("object_marking_refs", strings: markings) }
    var w = PrettyJSONWriter(capacity: 1_024 * max(1, report.iocs.count))
    w.beginObject()
    w.field("id", "bundle--" + uuid("bundle:" + report.generatedAt))
    w.key("objects")
    w.beginArray()
    w.element()
    w.beginObject()
    w.field("created", created)
    w.field("id", identity)
    w.field("identity_class", "organization")
    w.field("modified", created)
    w.field("name", report.profile?.name ?? "becscope")
    marked(&w)
    w.field("spec_version", "2.1")
    w.field("type", "identity")
    w.endObject()
    w.element()
    w.beginObject()
    w.field("created", "2017-01-20T00:00:00.000Z")
    w.key("definition")
    w.beginObject()
    w.field("tlp", tlp.colour)
    w.endObject()
    w.field("definition_type", "tlp")
    w.field("id", tlp.id)
    w.field("name", "TLP:" + tlp.colour.uppercased())
    w.field("spec_version", "2.1")
    w.field("type", "marking-definition")
    w.endObject()
    if let strict {
      w.element()
      w.beginObject()
      w.field("created", created)
      w.field("created_by_ref", identity)
      w.key("definition")
      w.beginObject()
      w.field("statement", "TLP:AMBER+STRICT: share only within the recipient's organisation")
      w.endObject()
      w.field("definition_type", "statement")
      w.field("id", strict)
      w.field("name", "TLP:AMBER+STRICT")
      w.field("spec_version", "2.1")
      w.field("type", "marking-definition")
      w.endObject()
    }
    let messages = report.result.messages
    var written: Set<String> = []
    for c in report.result.campaigns {
      let campaignID = "campaign--" + uuid("campaign:" + c.id + ":" + c.senders.joined())
      w.element()
      w.beginObject()
      w.field("created", created)
      w.field("created_by_ref", identity)
      w.field("description", c.attackFlow.map(\.step).joined(separator: " → "))
      if let first = c.firstSeen { w.field("first_seen", first) }
      w.field("id", campaignID)
      w.field("modified", created)
      w.field("name", "\(c.label.uppercased()) \(c.subjects.first ?? c.id)")
      marked(&w)
      w.field("spec_version", "2.1")
      w.field("type", "campaign")
      w.endObject()
      let description =
        "Seen in \(c.label.uppercased()) campaign \(c.id) (\(c.messageIndexes.count) messages), found by becscope"
      let kind = c.label == "clean" ? "anomalous-activity" : "malicious-activity"
      var seen: Set<String> = []
      for i in c.messageIndexes {
        for ioc in messages[i].analysis.iocs where seen.insert(key(ioc)).inserted {
          // Shared providers' domains are context, not indicators; internal addresses stay home.
          let use = policy.use(ioc)
          guard use == .block || (use == .internal && options.includeInternal), let pattern = stixPattern(ioc)
          else { continue }
          let indicator = "indicator--" + uuid("indicator:" + ioc.type.rawValue + ":" + ioc.value)
          if written.insert(indicator).inserted {
            w.element()
            w.beginObject()
            w.field("created", created)
            w.field("created_by_ref", identity)
            w.field("description", description)
            w.field("id", indicator)
            w.field("indicator_types", strings: [kind])
            w.field("modified", created)
            w.field("name", "\(ioc.type.rawValue) \(ioc.defanged)")
            marked(&w)
            w.field("pattern", pattern)
            w.field("pattern_type", "stix")
            w.field("spec_version", "2.1")
            w.field("type", "indicator")
            w.field("valid_from", created)
            w.endObject()
          }
          w.element()
          w.beginObject()
          w.field("created", created)
          w.field("id", "relationship--" + uuid("rel:" + indicator + campaignID))
          w.field("modified", created)
          marked(&w)
          w.field("relationship_type", "indicates")
          w.field("source_ref", indicator)
          w.field("spec_version", "2.1")
          w.field("target_ref", campaignID)
          w.field("type", "relationship")
          w.endObject()
        }
      }
    }
    w.endArray()
    w.field("type", "bundle")
    w.endObject()
    return w.finished()
  }

  /// A MISP event: one `email` object per campaign message (from, reply-to, subject,
  /// message-id, ip-src…) and the indicators as attributes of their MISP types. Written in one
  /// pass, keys sorted, two-space indents.
  static func misp(_ report: CaseReport, options: ReportOptions = ReportOptions()) -> [UInt8] {
    let policy = IOCPolicy(report: report, includeInternal: options.includeInternal)
    let date = String(report.generatedAt.prefix(10))
    let timestamp = String(Int(Date().timeIntervalSince1970))
    var w = PrettyJSONWriter(capacity: 1_024 * max(1, report.iocs.count))
    func attribute(_ type: String, _ category: String, _ value: String, ids: Bool, relation: String? = nil) {
      w.element()
      w.beginObject()
      w.field("category", category)
      w.field("comment", "")
      w.field("distribution", "5")
      if let relation { w.field("object_relation", relation) }
      w.field("timestamp", timestamp)
      w.field("to_ids", ids)
      w.field("type", type)
      w.field("uuid", uuid("misp-attr:" + type + value + (relation ?? "")))
      w.field("value", value)
      w.endObject()
    }
    let info = report.result.campaigns.map { "\($0.label.uppercased()): \($0.subjects.first ?? $0.id)" }.joined(
      separator: "; ")
    w.beginObject()
    w.key("Event")
    w.beginObject()
    w.key("Attribute")
    w.beginArray()
    for ioc in report.iocs where policy.shareable(ioc) {
      let (type, category): (String, String) =
        switch ioc.type {
        case .ipv4, .ipv6: ("ip-src", "Network activity")
        case .domain: ("domain", "Network activity")
        case .email: ("email-src", "Payload delivery")
        case .url: ("url", "Network activity")
        case .sha256: ("sha256", "Payload delivery")
        }
      // Only indicators to block are for detection; a shared provider's domain is context.
      attribute(type, category, ioc.value, ids: policy.use(ioc) == .block)
    }
    w.endArray()
    w.key("Object")
    w.beginArray()
    let inCampaigns = Set(report.result.campaigns.flatMap(\.messageIndexes))
    for (i, m) in report.result.messages.enumerated() where inCampaigns.contains(i) {
      let a = m.analysis
      w.element()
      w.beginObject()
      w.key("Attribute")
      w.beginArray()
      if let from = a.facts.from?.address, policy.shareable(address: from) {
        attribute("email-src", "Payload delivery", from, ids: policy.use(address: from) == .block, relation: "from")
      }
      if let name = a.facts.from?.name {
        attribute("email-src-display-name", "Payload delivery", name, ids: false, relation: "from-display-name")
      }
      for r in a.facts.envelope.replyTo.compactMap(\.address) where policy.shareable(address: r) {
        attribute("email-reply-to", "Payload delivery", r, ids: false, relation: "reply-to")
      }
      if let s = a.facts.subject {
        attribute("email-subject", "Payload delivery", s, ids: false, relation: "subject")
      }
      if let id = a.facts.envelope.messageID {
        attribute("email-message-id", "Payload delivery", id, ids: false, relation: "message-id")
      }
      if let ip = a.origin.ip, !ip.isNonPublic {
        attribute("ip-src", "Network activity", ip.text, ids: true, relation: "ip-src")
      }
      for to in a.facts.envelope.to.compactMap(\.address) where policy.shareable(address: to) {
        attribute("email-dst", "Payload delivery", to, ids: false, relation: "to")
      }
      if let d = a.facts.envelope.date?.rfc3339 {
        attribute("datetime", "Other", d, ids: false, relation: "send-date")
      }
      w.endArray()
      w.field("description", "Email object describing an email with meta-information")
      w.field("distribution", "5")
      w.field("meta-category", "network")
      w.field("name", "email")
      w.field("template_uuid", "a0c666e0-fc65-4be8-b48f-3423d788b552")
      w.field("template_version", "18")
      w.field("timestamp", timestamp)
      w.field("uuid", uuid("misp-object:" + m.key))
      w.endObject()
    }
    w.endArray()
    w.key("Tag")
    w.beginArray()
    w.element()
    w.beginObject()
    w.field("name", options.tlp.mispTag)
    w.endObject()
    w.endArray()
    w.field("analysis", "2")
    w.field("date", date)
    w.field("distribution", "0")
    w.field("info", "becscope case — " + (info.isEmpty ? "no campaign" : info))
    w.field("published", false)
    w.field("threat_level_id", "2")
    w.field("timestamp", timestamp)
    w.field("uuid", uuid("misp-event:" + report.generatedAt + info))
    w.endObject()
    w.endObject()
    return w.finished()
  }
}
