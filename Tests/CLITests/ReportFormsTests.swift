import Foundation
import Testing

/// Every form a report takes: inline forwards of every client, Outlook `.msg` files (alone,
/// embedded, attached to a report), and input that is not mail — never called clean.
@Suite("Report forms: inline forwards, Outlook .msg, and nothing silently clean")
struct ReportFormsTests {
  let cli = ParseCommandTests()
  static let forwards = "Tests/MailCoreTests/Fixtures/forwards/"
  static let msg = "Tests/MailCoreTests/Fixtures/msg/"
  static let org = "Tests/InvestigationTests/Fixtures/case/org.yaml"

  func analyze(_ path: String, org: Bool = true) throws -> (json: [String: Any], status: Int32, stderr: String) {
    let r = try cli.run(["analyze", "--format", "json", "--offline"] + (org ? ["--org", Self.org] : []) + [path])
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
    return (object, r.status, r.stderr)
  }

  static func expectedForwards() throws -> [[String: Any]] {
    let data = try Data(contentsOf: URL(fileURLWithPath: forwards + "expected.json"))
    let object = try JSONSerialization.jsonObject(with: data)
    if let list = object as? [[String: Any]] { return list }
    let dict = object as? [String: Any] ?? [:]
    return dict.values.compactMap { $0 as? [[String: Any]] }.first ?? []
  }

  @Test(
    "each client's inline forward (en/ja, LF/CRLF, text/HTML) is rebuilt: sender, date, subject, recipients, links, verdict"
  )
  func inlineForwards() throws {
    let cases = try Self.expectedForwards()
    #expect(cases.count >= 40)
    for c in cases {
      let file = c["file"] as? String ?? ""
      let (a, _, stderr) = try analyze(Self.forwards + file)
      let message = a["message"] as? [String: Any] ?? [:]
      let verdict = a["verdict"] as? [String: Any] ?? [:]
      guard let forwarded = c["forwarded"] as? [String: Any] else {
        #expect(message["reported_as"] as? String != "inline-forward", "\(file): no forward expected")
        continue
      }
      #expect(message["reported_as"] as? String == "inline-forward", "\(file): \(stderr)")
      let from = message["from"] as? [String: Any] ?? [:]
      #expect(from["address"] as? String == forwarded["from_address"] as? String, "\(file)")
      #expect(from["name"] as? String == forwarded["from_name"] as? String, "\(file)")
      #expect(message["date"] as? String == forwarded["date"] as? String, "\(file)")
      #expect(message["subject"] as? String == forwarded["subject"] as? String, "\(file)")
      if let to = forwarded["to"] as? [String], !to.isEmpty {
        let got = (message["to"] as? [[String: Any]] ?? []).compactMap { ($0["address"] ?? $0["name"]) as? String }
        #expect(Set(got) == Set(to), "\(file): \(got)")
      }
      let urls = message["urls"] as? [String] ?? []
      for link in forwarded["links"] as? [String] ?? [] { #expect(urls.contains(link), "\(file): \(urls)") }
      // The reporter is never the sender, and neither the reporter nor the company is an IOC.
      let reporter = (message["reporter"] as? [String: Any])?["address"] as? String
      #expect(reporter == c["reporter"] as? String, "\(file)")
      let iocs = (a["iocs"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
      #expect(!iocs.contains { $0.contains("hisui-denki.example") }, "\(file): \(iocs)")
      if let expected = c["verdict"] as? String {
        #expect(verdict["label"] as? String == expected, "\(file)")
      }
      if let executive = c["impersonated"] as? String {
        let titles = (a["findings"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        #expect(titles.contains { $0.contains("\"\(executive)\" is \(executive)") }, "\(file): \(titles)")
        #expect((a["sender"] as? [String: Any])?["impersonates"] as? String == "taro.yamada@hisui-denki.example")
      }
      let ids = (a["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      #expect(!ids.contains("missing-message-id"), "\(file): lost in the forward, not the sender's doing")
      let reasoning = (a["origin"] as? [String: Any])?["reasoning"] as? String ?? ""
      #expect(reasoning.hasPrefix("unknown (forwarded inline)"), "\(file)")
    }
  }

  @Test(
    "the case-study lure forwarded inline is BEC with the executive named, in analyze and in investigate's one campaign"
  )
  func caseLureInline() throws {
    let lure = Self.forwards + "bec-outlook-text-ja-crlf.eml"
    let r = try cli.run(["analyze", "--offline", "--org", Self.org, lure])
    #expect(r.stdout.contains("Verdict: BEC"), "\(r.stdout)")
    #expect(r.stdout.contains("山田 太郎"))
    #expect(r.stdout.contains("forwarded the message inline"))
    let out = NSTemporaryDirectory() + "becscope-forms-\(UUID().uuidString)"
    let inputs = [
      "Tests/InvestigationTests/Fixtures/case/reports/report-1.eml", Self.forwards + "bec-outlook-text-ja-lf.eml",
      Self.forwards + "bec-gmail-ja-crlf.eml", Self.forwards + "bec-apple-en-lf.eml",
    ]
    let i = try cli.run(["investigate", "--offline", "--org", Self.org] + inputs + ["--out", out])
    #expect(i.status == 0, "\(i.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out + "/case.json"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    let campaigns = object["campaigns"] as? [[String: Any]] ?? []
    let bec = campaigns.filter { $0["label"] as? String == "bec" }
    #expect(bec.count == 1, "\(campaigns.map { ($0["label"] ?? "", $0["messages"] ?? "") })")
    #expect((bec.first?["messages"] as? [String])?.count == 4)
  }

  @Test(
    "Outlook .msg: CP932 String8, transport headers with a Received chain, RTF-only HTML and text, embedded, attached")
  func outlookFixtures() throws {
    let cp932 = try analyze(Self.msg + "cp932-string8.msg").json
    let m1 = cp932["message"] as? [String: Any] ?? [:]
    #expect(m1["subject"] as? String == "至急のお願い")
    #expect((m1["from"] as? [String: Any])?["name"] as? String == "山田 太郎")
    #expect(m1["source_format"] as? String == "outlook-msg")
    #expect((cp932["verdict"] as? [String: Any])?["label"] as? String == "bec")
    let parsed = try cli.run(["parse", "--format", "json", Self.msg + "cp932-string8.msg"])
    #expect(parsed.stdout.contains("10時～18時"), "CP932 0x8160 is U+FF5E")

    let transport = try analyze(Self.msg + "transport-headers.msg").json
    #expect((transport["origin"] as? [String: Any])?["ip"] as? String == "155.94.251.82")
    let attachments = (transport["message"] as? [String: Any])?["attachments"] as? [[String: Any]] ?? []
    #expect(attachments.first?["filename"] as? String == "請求書_2026年3月分.pdf")
    #expect(attachments.first?["size"] as? Int == 69289)

    let rtf = try analyze(Self.msg + "rtf-only.msg").json
    #expect(
      ((rtf["message"] as? [String: Any])?["urls"] as? [String])?.contains("https://invoice-portal.example/pay") == true
    )
    let plain = try cli.run(["parse", "--format", "json", Self.msg + "rtf-plain.msg"])
    #expect(plain.stdout.contains("I need you to purchase 5 Apple gift cards"))

    for report in ["embedded.msg", "report-with-msg.eml"] {
      let a = try analyze(Self.msg + report).json
      let m = a["message"] as? [String: Any] ?? [:]
      #expect(m["reported_as"] as? String == "attachment", "\(report)")
      #expect((m["from"] as? [String: Any])?["address"] as? String == "ejbjebduffy@optimum.net", "\(report)")
      #expect((m["reporter"] as? [String: Any])?["address"] as? String == "takada.ken@hisui-denki.example")
    }
  }

  @Test("broken .msg files give defects, never a crash or a hang, and unreadable when nothing is left")
  func brokenOutlookFiles() throws {
    for name in ["fat-cycle", "stream-cycle", "bad-sector", "dir-loop", "truncated"] {
      let started = Date()
      let r = try cli.run(["parse", "--format", "json", Self.msg + name + ".msg"])
      #expect(r.status == 0, "\(name): \(r.stderr)")
      #expect(r.stdout.contains("malformedOutlookFile"), "\(name)")
      #expect(Date().timeIntervalSince(started) < 2, "\(name) took too long (measured 0.03–0.05 s)")
    }
    let truncated = try analyze(Self.msg + "truncated.msg")
    #expect((truncated.json["verdict"] as? [String: Any])?["label"] as? String == "unreadable")
    #expect(truncated.status == 66)
  }

  @Test(
    "input that is not mail (empty, binary, a licence text) is unreadable with a reason and exit 66, in analyze and investigate"
  )
  func notMail() throws {
    let dir = NSTemporaryDirectory() + "becscope-notmail-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: dir + "/empty.eml"))
    var bytes = [UInt8](repeating: 0, count: 4096)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in bytes.indices {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      bytes[i] = UInt8(truncatingIfNeeded: seed >> 33)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/random.bin"))
    try "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
      .write(toFile: dir + "/LICENSE", atomically: true, encoding: .utf8)
    for (file, reason) in [
      ("empty.eml", "empty"), ("random.bin", "not an email message"), ("LICENSE", "no mail header"),
    ] {
      let (a, status, stderr) = try analyze(dir + "/" + file, org: false)
      let verdict = a["verdict"] as? [String: Any] ?? [:]
      #expect(verdict["label"] as? String == "unreadable", "\(file)")
      #expect((verdict["reason"] as? String ?? "").contains(reason), "\(file): \(verdict)")
      #expect(status == 66, "\(file)")
      #expect(stderr.contains(file), "\(file): \(stderr)")
    }
    let text = try cli.run(["analyze", "--offline", dir + "/LICENSE"])
    #expect(text.stdout.contains("Verdict: UNREADABLE"))
    #expect(!text.stdout.contains("CLEAN"))
    let i = try cli.run(["investigate", "--offline", dir + "/LICENSE", "Examples/ceo-lure.eml", "--out", dir + "/out"])
    #expect(i.status == 66, "\(i.stderr)")
    #expect(i.stderr.contains("LICENSE: not an email message"), "\(i.stderr)")
  }

  @Test("a report that wraps nothing says no reported message found")
  func noteOnly() throws {
    let (a, status, _) = try analyze(Self.forwards + "no-forward-note-only-crlf.eml")
    let verdict = a["verdict"] as? [String: Any] ?? [:]
    #expect(verdict["label"] as? String == "unreadable")
    #expect((verdict["reason"] as? String ?? "").hasPrefix("no reported message found"))
    #expect(status == 66)
  }

  @Test("agreement with extract-msg on ../shared/corpus/outlook-msg: at least 95% of fields")
  func extractMsgAgreement() throws {
    let corpus = "../shared/corpus/outlook-msg"
    guard FileManager.default.fileExists(atPath: corpus) else { return }  // ../shared absent: nothing to compare
    let (status, data) = try ParseCommandTests.output(
      of: "/usr/bin/env",
      ["python3", "Tests/MailCoreTests/msg_agreement.py", "--becscope", ParseCommandTests.binary.path, "--json"])
    #expect(status == 0, "extract-msg missing? (.ci/requirements.txt installs it)")
    let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    let ratio = summary["ratio"] as? Double ?? 0
    #expect(summary["files"] as? Int == 36)
    #expect(ratio >= 0.95, "agreement \(ratio): \(summary["disagreements"] ?? "")")
  }

  @Test("a binary moved away from its build folder keeps its detection data: the case-study lure is still BEC")
  func movedBinary() throws {
    let dir = NSTemporaryDirectory() + "becscope-moved-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let copy = dir + "/becscope"
    try FileManager.default.copyItem(atPath: ParseCommandTests.binary.path, toPath: copy)
    for file in ["org.yaml", "employees.csv", "ceo-lure.eml"] {
      try FileManager.default.copyItem(atPath: "Examples/" + file, toPath: dir + "/" + file)
    }
    // As root, the build folder is also hidden (an empty tmpfs over it in a private mount
    // namespace), so nothing there can be found by an absolute path either.
    let build = ParseCommandTests.binary.deletingLastPathComponent().deletingLastPathComponent().path
    let run = "\"$0\" analyze --offline --org org.yaml ceo-lure.eml"
    var result = try ParseCommandTests.output(of: "/bin/sh", ["-c", run, copy], in: URL(fileURLWithPath: dir))
    if getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") {
      let hidden = try ParseCommandTests.output(
        of: "/usr/bin/unshare", ["-m", "--", "sh", "-c", "mount -t tmpfs tmpfs \"$1\" && " + run, copy, build],
        in: URL(fileURLWithPath: dir))
      // A container may refuse a mount namespace; then the plain run above stands.
      if hidden.status == 0 || !hidden.stdout.isEmpty { result = hidden }
    }
    let text = String(decoding: result.stdout, as: UTF8.self)
    #expect(result.status == 0)
    #expect(text.contains("Verdict: BEC (100/100)"), "\(text.prefix(300))")
  }

  @Test("an HTML-only Outlook on the web forward (divRplyFwdMsg, bold Japanese labels, base64 UTF-8) is rebuilt")
  func htmlOnlyForward() throws {
    let html = """
      <html><body><div>不審なメールです。ご確認ください。</div><hr style="display:inline-block;width:98%">\
      <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">\
      <b>差出人:</b> 山田 太郎 &lt;ejbjebduffy@optimum.net&gt;<br><b>送信日時:</b> 2026年3月10日 10:12<br>\
      <b>宛先:</b> 高田 翔 &lt;sho.takada@hisui-denki.example&gt;<br><b>件名:</b> 至急のお願い</font>\
      <div>&nbsp;</div></div><div>高田さん<br>今、社内にいますか。至急お願いしたいことがあります。\
      <a href="http://pay-check.example/confirm">確認</a><br>山田</div></body></html>
      """
    let encoded = Data(html.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn])
    let report =
      "From: =?UTF-8?B?\(Data("高田 翔".utf8).base64EncodedString())?= <sho.takada@hisui-denki.example>\r\n"
      + "To: security@hisui-denki.example\r\nSubject: FW: =?UTF-8?B?\(Data("至急のお願い".utf8).base64EncodedString())?=\r\n"
      + "Date: Tue, 10 Mar 2026 10:30:00 +0900\r\nMIME-Version: 1.0\r\n"
      + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n\(encoded)\r\n"
    let dir = NSTemporaryDirectory() + "becscope-owa-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try report.write(toFile: dir + "/owa.eml", atomically: true, encoding: .utf8)
    let a = try analyze(dir + "/owa.eml").json
    let m = a["message"] as? [String: Any] ?? [:]
    #expect(m["reported_as"] as? String == "inline-forward")
    #expect((m["from"] as? [String: Any])?["address"] as? String == "ejbjebduffy@optimum.net")
    #expect((m["from"] as? [String: Any])?["name"] as? String == "山田 太郎")
    #expect(m["date"] as? String == "2026-03-10T01:12:00Z")
    #expect(m["subject"] as? String == "至急のお願い")
    #expect((m["urls"] as? [String] ?? []).contains("http://pay-check.example/confirm"))
    #expect((a["verdict"] as? [String: Any])?["label"] as? String == "bec")
  }

  @Test("named properties: the X- fields Outlook kept (PS_INTERNET_HEADERS) come back when no transport headers exist")
  func namedInternetHeaders() throws {
    let corpus = "../shared/corpus/outlook-msg/outlook-message-parser/"
    guard FileManager.default.fileExists(atPath: corpus) else { return }  // ../shared absent
    func headers(_ file: String) throws -> [(String, String)] {
      let r = try cli.run(["parse", "--format", "json", corpus + file])
      let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
      return (object["headers"] as? [[String: Any]] ?? []).map {
        ($0["name"] as? String ?? "", $0["value"] as? String ?? "")
      }
    }
    let rebuilt = try headers("issue-87-client-submit-time.msg")
    #expect(
      rebuilt.contains {
        $0.0.lowercased() == "x-ms-exchange-organization-originalclientipaddress" && $0.1 == "192.168.2.198"
      },
      "\(rebuilt)")
    // With transport headers the original section stands alone: nothing is added twice.
    let original = try headers("embedded image.msg")
    #expect(original.filter { $0.0.lowercased() == "x-originating-ip" }.count == 1)
  }

  @Test("Outlook's German, French, Spanish and Dutch forward blocks are rebuilt, dates included")
  func otherLanguages() throws {
    let blocks = [
      ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "Freitag, 17. Mai 2024 11:41", "An:", "Betreff:"),
      ("-----Message d'origine-----", "De :", "Envoyé :", "vendredi 17 mai 2024 11:41", "À :", "Objet :"),
      ("-----Mensaje original-----", "De:", "Enviado el:", "viernes, 17 de mayo de 2024 11:41", "Para:", "Asunto:"),
      ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "vrijdag 17 mei 2024 11:41", "Aan:", "Onderwerp:"),
    ]
    let dir = NSTemporaryDirectory() + "becscope-langs-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (index, b) in blocks.enumerated() {
      let report = """
        From: Ken Takada <takada.ken@hisui-denki.example>\r
        To: security@hisui-denki.example\r
        Subject: FW: Urgent transfer\r
        Date: Fri, 17 May 2024 12:00:00 +0200\r
        Content-Type: text/plain; charset=utf-8\r
        \r
        Please check.\r
        \r
        \(b.0)\r
        \(b.1) Max Mustermann <max.m@freemail-example.example>\r
        \(b.2) \(b.3)\r
        \(b.4) Ken Takada <takada.ken@hisui-denki.example>\r
        \(b.5) Urgent transfer\r
        \r
        Ken, I need a wire transfer today. Keep it confidential.\r

        """
      try report.write(toFile: dir + "/\(index).eml", atomically: true, encoding: .utf8)
      let m = try analyze(dir + "/\(index).eml").json["message"] as? [String: Any] ?? [:]
      #expect(m["reported_as"] as? String == "inline-forward", "\(b.0)")
      #expect((m["from"] as? [String: Any])?["address"] as? String == "max.m@freemail-example.example", "\(b.0)")
      #expect(m["subject"] as? String == "Urgent transfer", "\(b.0)")
      // 11:41 in the report's zone (+02:00, none written in the block).
      #expect(m["date"] as? String == "2024-05-17T09:41:00Z", "\(b.0): \(m["date"] ?? "none")")
    }
  }
}
