import Analysis
import Foundation
import MailCore
import Testing

/// Names, look-alikes, recipients and the directory, case by case.
@Suite("BEC building blocks")
struct BECBuildingBlockTests {
  let ceo = Employee(
    email: "taro.yamada@example.co.jp", familyName: "山田", givenName: "太郎", familyLatin: "yamada", givenLatin: "taro",
    title: "代表取締役社長", personalEmails: [], isExecutive: true)
  let ohno = Employee(
    email: "kenichi.ohno@example.co.jp", familyName: "大野", givenName: "健一", familyLatin: "ohno", givenLatin: "ken'ichi",
    title: "", personalEmails: ["ohno.k@docomo.ne.jp"], isExecutive: false)

  @Test("display names: kanji with or without a space, kana, romaji either order, Hepburn variants, titles")
  func names() {
    for name in [
      "山田 太郎", "山田太郎", "Taro Yamada", "YAMADA Taro", "yamada taro", "代表取締役 山田太郎", "山田社長", "CEO Taro Yamada",
      "ＹＡＭＡＤＡ　ＴＡＲＯ",
    ] {
      #expect(NameMatcher.matches(name, ceo), "\(name)")
    }
    for name in ["Kenichi Ohno", "Ken'ichi Ono", "Kenichi Oono", "OHNO Kenichi", "大野 健一"] {
      #expect(NameMatcher.matches(name, ohno), "\(name)")
    }
    for name in ["山田 花子", "Taro Suzuki", "Yamada Corp", "大野"] {
      #expect(!NameMatcher.matches(name, name == "大野" ? ohno : ceo), "\(name)")
    }
    #expect(NameMatcher.romaji("Itou") == NameMatcher.romaji("Itoh"))
    #expect(NameMatcher.romaji("Yuuko") == NameMatcher.romaji("Yūko"))
    #expect(NameMatcher.romaji("Shinji") == NameMatcher.romaji("Sinzi"))
  }

  @Test("look-alike domains of the organisation and of well-known domains")
  func lookalikes() {
    for (candidate, target) in [
      ("examp1e.co.jp", "example.co.jp"), ("exarnple.co.jp", "example.co.jp"), ("example-co.jp", "example.co.jp"),
      ("example.co", "example.co.jp"), ("example.com", "example.co.jp"), ("exampie.co.jp", "example.co.jp"),
      ("xn--exmple-4nf.co.jp", "example.co.jp"), ("micros0ft.com", "microsoft.com"),
    ] {
      #expect(Lookalike.resemblance(of: candidate, to: target) != nil, "\(candidate) ~ \(target)")
    }
    #expect(Lookalike.resemblance(of: "example.co.jp", to: "example.co.jp") == nil)
    #expect(Lookalike.resemblance(of: "mail.example.co.jp", to: "example.co.jp") == nil)
    #expect(Lookalike.resemblance(of: "payrollcloud.test", to: "cloud.microsoft", broad: false) == nil)
    let classifier = SenderClassifier(organizationDomains: ["example.co.jp"])
    #expect(classifier.classify("x@examp1e.co.jp").category == .lookalike)
    #expect(classifier.classify("ejbjebduffy@optimum.net").category == .freemail)
    #expect(classifier.classify("ejbjebduffy@optimum.net").provider?.contains("Optimum") == true)
    #expect(classifier.classify("a@docomo.ne.jp").category == .freemail)
    #expect(classifier.classify("a@mailinator.com").category == .disposable)
    #expect(classifier.classify("a@mail.example.co.jp").category == .organization)
    #expect(classifier.classify("a@some-vendor.test").category == .external)
  }

  @Test("recipients: employee, personal, generated with its pattern, unknown internal, external")
  func recipients() {
    let directory = Directory(employees: [ceo, ohno])
    let c = RecipientClassifier(directory: directory, organizationDomains: ["example.co.jp", "example.com"])
    #expect(c.classify("taro.yamada@example.co.jp").kind == .employee)
    #expect(c.classify("ohno.k@docomo.ne.jp").kind == .personal)
    #expect(c.classify("ohno.k@docomo.ne.jp").employee == "kenichi.ohno@example.co.jp")
    let generated = c.classify("tyamada@example.co.jp")
    #expect(generated.kind == .generated)
    #expect(generated.pattern == "{given_initial}{family}")
    #expect(generated.employee == "taro.yamada@example.co.jp")
    #expect(c.classify("kono@example.com").kind == .generated)
    #expect(c.classify("yamada.taro@example.com").pattern == "{family}.{given}")
    #expect(c.classify("info@example.co.jp").kind == .unknownInternal)
    #expect(c.classify("someone@partner.test").kind == .external)
  }

  @Test("directory errors name the file and the line")
  func directoryErrors() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let missing = dir.appendingPathComponent("none.csv").path
    do {
      _ = try Directory.load(path: missing)
      Issue.record("a missing directory was loaded")
    } catch {
      // One error for every settings file: what decides the statuses is in it, not in the caller.
      #expect(error.code == .unreadable && error.exitStatus == 66 && error.httpStatus == 404)
    }
    let noEmail = dir.appendingPathComponent("a.csv")
    try Data("name,title\nTaro,CEO\n".utf8).write(to: noEmail)
    do {
      _ = try Directory.load(path: noEmail.path)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("email"))
    }
    let badAddress = dir.appendingPathComponent("b.csv")
    try Data("email,family_name\nok@example.co.jp,山田\n\"not an address\",鈴木\n".utf8).write(to: badAddress)
    do {
      _ = try Directory.load(path: badAddress.path)
      Issue.record("expected an error")
    } catch {
      #expect(error.line == 3)
      #expect(error.description.contains(":3:"))
      #expect(error.code == .invalid && error.exitStatus == 64 && error.httpStatus == 422)
    }
    let quoted = dir.appendingPathComponent("c.csv")
    try Data(
      "given_name,email,title,personal_emails,executive\n太郎,taro.yamada@example.co.jp,\"President, CEO\",\"a@x.test; b@y.test\",\nB,b@example.co.jp,staff,,true\n"
        .utf8
    ).write(to: quoted)
    let d = try Directory.load(path: quoted.path)
    #expect(d.employees.count == 2)
    #expect(d.employees[0].personalEmails == ["a@x.test", "b@y.test"])
    #expect(d.employees[0].isExecutive)
    #expect(d.employees[1].isExecutive)
  }

  @Test("the shipped data files load (a YAML slip would silently empty them)")
  func shippedData() {
    let cues = ContentCues.shipped.phrases
    for key in [
      "urgency", "availability-probe", "reply-request", "payment", "gift-card", "bank-change", "payroll", "chat-move",
      "credential", "spam", "prize",
    ] {
      #expect((cues[key]?.count ?? 0) >= 5, "cue list \(key)")
    }
    let lists = DomainLists.shipped
    #expect(lists.freemail.count > 20_000)
    #expect(lists.disposable.count > 10_000)
    #expect(lists.wellKnown.count == 1_000)
    #expect(lists.brands.count >= 60)
    #expect(Rule.shipped.count >= 20)
  }

  @Test("rules: YAML loading, validation, override by id")
  func rules() throws {
    #expect(Rule.shipped.count >= 15)
    let extra = try Rule.load(
      yaml:
        "- id: bec-gift-card-request\n  description: x\n  severity: low\n  label: suspicious\n  score: 10\n  all: [content.gift-card]\n",
      path: "extra.yaml")
    let merged = Rule.merge(Rule.shipped, extra)
    #expect(merged.count == Rule.shipped.count)
    #expect(merged.first { $0.id == "bec-gift-card-request" }?.label == "suspicious")
    #expect(throws: FileError.self) {
      try Rule.load(
        yaml: "- id: x\n  description: x\n  severity: low\n  label: evil\n  score: 10\n  all: [a]\n", path: "bad.yaml")
    }
    #expect(throws: FileError.self) {
      try Rule.load(yaml: "- id: x\n  description: x\n  severity: low\n  label: bec\n  score: 10\n", path: "empty.yaml")
    }
  }
}

/// The labeled set (`Fixtures/labeled`, 78 messages written for this project): precision and
/// recall of "bec", and every shipped rule exercised by at least one message.
@Suite("BEC detection on the labeled set")
struct LabeledSetTests {
  static let folder = Bundle.module.url(forResource: "Fixtures/labeled", withExtension: nil)!

  struct Outcome {
    var file: String
    var label: String
    var verdict: String
    var rules: [String]
  }

  static func run(_ folder: URL = folder) throws -> [Outcome] {
    let profile = try OrganizationProfile.load(path: folder.appendingPathComponent("org.yaml").path)
    let analyzer = Analyzer(profile: profile)
    let labels =
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("labels.json")))
      as? [[String: Any]] ?? []
    return try labels.map { entry in
      let file = entry["file"] as? String ?? ""
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
      let a = analyzer.analyze(MessageParser().parse(bytes), source: file)
      return Outcome(
        file: file, label: entry["label"] as? String ?? "", verdict: a.bec.verdict.label,
        rules: a.bec.verdict.matched.map(\.id))
    }
  }

  @Test("precision and recall for bec are at least 0.95; every miss is printed")
  func precisionRecall() throws {
    let outcomes = try Self.run()
    #expect(outcomes.count >= 60)
    let tp = outcomes.filter { $0.label == "bec" && $0.verdict == "bec" }.count
    let fp = outcomes.filter { $0.label != "bec" && $0.verdict == "bec" }
    let fn = outcomes.filter { $0.label == "bec" && $0.verdict != "bec" }
    let precision = Double(tp) / Double(max(1, tp + fp.count))
    let recall = Double(tp) / Double(max(1, tp + fn.count))
    print("labeled set: bec precision \(precision) recall \(recall) (tp \(tp), fp \(fp.count), fn \(fn.count))")
    for o in fp { print("  false positive \(o.file) (\(o.label)): \(o.rules)") }
    for o in fn { print("  missed \(o.file) → \(o.verdict): \(o.rules)") }
    #expect(precision >= 0.95)
    #expect(recall >= 0.95)
    let cleanCalledBEC = outcomes.filter { $0.label == "clean" && $0.verdict == "bec" }.count
    #expect(cleanCalledBEC <= 1)
  }

  /// The second set (`Fixtures/labeled2`, 40 messages for another organisation) was written
  /// without looking at the rules and is never used to tune them: its first-run figures
  /// (bec precision 0.88, recall 1.00; docs/bec-evaluation.md) are the honest estimate, and
  /// these floors catch a change that makes them worse.
  @Test("the unseen set: bec precision at least 0.85 and recall at least 0.95, as first measured")
  func unseenSet() throws {
    let folder = Bundle.module.url(forResource: "Fixtures/labeled2", withExtension: nil)!
    let outcomes = try Self.run(folder)
    #expect(outcomes.count == 40)
    let tp = outcomes.filter { $0.label == "bec" && $0.verdict == "bec" }.count
    let fp = outcomes.filter { $0.label != "bec" && $0.verdict == "bec" }
    let fn = outcomes.filter { $0.label == "bec" && $0.verdict != "bec" }
    let precision = Double(tp) / Double(max(1, tp + fp.count))
    let recall = Double(tp) / Double(max(1, tp + fn.count))
    let agree = outcomes.filter { $0.label == $0.verdict }.count
    print(
      "unseen set: bec precision \(precision) recall \(recall); \(agree) of \(outcomes.count) verdicts equal the label")
    for o in outcomes where o.label != o.verdict { print("  \(o.file) (\(o.label)) → \(o.verdict): \(o.rules)") }
    #expect(precision >= 0.85)
    #expect(recall >= 0.95)
    #expect(agree >= 34)
  }

  /// The sets written blind for the FBI scenarios (labeled4, 5 and 6; docs/bec-evaluation.md):
  /// their first-run figures are floors, never a target to tune for.
  @Test("the fourth to sixth sets: bec precision and recall no lower than first measured")
  func laterSets() throws {
    for (name, count, precisionFloor, recallFloor, cleanCalled) in [
      ("labeled4", 67, 0.97, 1.0, 0), ("labeled5", 66, 0.97, 0.97, 1), ("labeled6", 65, 0.94, 0.97, 0),
      ("labeled7", 65, 0.94, 1.0, 1),
      // Blind; its first run was on these rules.
      ("labeled8", 65, 0.97, 1.0, 0),
    ] {
      let folder = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
      let outcomes = try Self.run(folder)
      #expect(outcomes.count == count)
      let tp = outcomes.filter { $0.label == "bec" && $0.verdict == "bec" }.count
      let fp = outcomes.filter { $0.label != "bec" && $0.verdict == "bec" }.count
      let fn = outcomes.filter { $0.label == "bec" && $0.verdict != "bec" }.count
      let precision = Double(tp) / Double(max(1, tp + fp))
      let recall = Double(tp) / Double(max(1, tp + fn))
      print("\(name): bec precision \(precision) recall \(recall)")
      #expect(precision >= precisionFloor, "\(name)")
      #expect(recall >= recallFloor, "\(name)")
      #expect(outcomes.filter { $0.label == "clean" && $0.verdict == "bec" }.count <= cleanCalled, "\(name)")
    }
  }

  @Test("every shipped rule fires on at least one labeled message")
  func ruleCoverage() throws {
    let fired = Set(try Self.run().flatMap(\.rules))
    let unexercised = Rule.shipped.map(\.id).filter { !fired.contains($0) }
    print("rules not exercised by the labeled set: \(unexercised)")
    // These have a test of their own instead (HTMLFormTests, LureShapeTests, ...).
    let testedElsewhere: Set = [
      "phishing-dkim-body-altered", "phishing-prize-with-links", "spam-prize-offer", "phishing-callback-invoice",
      "suspicious-image-only-with-links", "phishing-credential-form", "phishing-ip-link", "phishing-free-host-lure",
      "suspicious-document-lure",
      // ScenarioTests: vendors with payment details on file, threads.
      "bec-invoice-lookalike-vendor", "bec-invoice-lookalike-vendor-payment", "bec-vendor-account-not-on-file",
      "bec-new-account-not-on-file",
      "bec-vendor-bank-change", "bec-thread-sender-changed",
      // ScenarioTests.divertedPayments.
      "bec-freemail-payee", "bec-vendor-reply-to-freemail", "bec-internal-reply-to-outside-payment",
    ]
    #expect(unexercised.allSatisfy(testedElsewhere.contains), "rules without any test message: \(unexercised)")
  }
}

/// Links whose text shows another address than their target.
@Suite("Link text and target")
struct LinkMismatchTests {
  func analyze(_ html: String) -> MessageAnalysis {
    let text = "From: Bank <alerts@bank.test>\nContent-Type: text/html; charset=utf-8\n\n\(html)\n"
    return Analyzer().analyze(MessageParser().parse(Array(text.utf8)), source: "t")
  }

  @Test("a link showing one site and going to another is a phishing signal; honest links are not")
  func mismatch() {
    let bad = analyze(#"<p>Sign in at <a href="https://login.evil.test/x">https://www.bank.test/login</a></p>"#)
    #expect(bad.bec.signals.has("links.text-mismatch"))
    #expect(bad.findings.contains { $0.id == "link-text-mismatch" && $0.title.contains("login.evil.test") })
    #expect(bad.bec.verdict.label == "phishing")
    let honest = analyze(
      #"<p>See <a href="https://www.bank.test/help">www.bank.test/help</a> or <a href="https://track.mailer.test/c?u=1">click here</a></p>"#
    )
    #expect(!honest.bec.signals.has("links.text-mismatch"))
    let parsed = MessageParser().parse(
      Array("Content-Type: text/html\n\n<a href='https://a.test/'>Hello <b>there</b></a>".utf8))
    #expect(parsed.anchors.first?.text == "Hello there")
    #expect(parsed.anchors.first?.href == "https://a.test/")
  }
}

/// Login forms that travel inside the message: in the HTML body or in an HTML attachment.
@Suite("HTML forms")
struct HTMLFormTests {
  @Test("a password field in an HTML attachment is a credential form and a phishing verdict")
  func credentialFormInAttachment() throws {
    let page = #"""
      <html><body><FORM method="POST" action="https://collect.evil.test/p.php">
      <input type=hidden name=t value=1><INPUT TYPE="email" name="user">
      <input type='password' name='pass'><input type=submit value='Sign in'></form></body></html>
      """#
    let base64 = Data(page.utf8).base64EncodedString(options: .lineLength76Characters)
    let raw = """
      From: Shared Files <share@files.test>
      To: a@b.test
      Subject: Document shared with you
      MIME-Version: 1.0
      Content-Type: multipart/mixed; boundary="b1"

      --b1
      Content-Type: text/plain; charset=utf-8

      Open the attached document to view it.
      --b1
      Content-Type: text/html; name="Invoice.htm"
      Content-Disposition: attachment; filename="Invoice.htm"
      Content-Transfer-Encoding: base64

      \(base64.replacingOccurrences(of: "\r\n", with: "\n"))
      --b1--

      """
    let message = MessageParser().parse(Array(raw.utf8))
    let form = try #require(message.parts.flatMap(\.forms).first)
    #expect(form.action == "https://collect.evil.test/p.php")
    #expect(form.method == "post")
    #expect(form.inputTypes == ["hidden", "email", "password", "submit"])
    #expect(form.inputNames == ["t", "user", "pass"])
    let analysis = Analyzer().analyze(message, source: "t")
    #expect(analysis.bec.signals.has("html.credential-form"))
    #expect(analysis.bec.signals.has("html.form-external"))
    let finding = try #require(analysis.findings.first { $0.id == "credential-form" })
    #expect(finding.title.contains("Invoice.htm"))
    #expect(analysis.bec.verdict.label == "phishing")
    #expect(analysis.bec.verdict.matched.contains { $0.id == "phishing-credential-form" })
  }

  @Test("a search box or newsletter sign-up is a form without a password: no credential signal")
  func harmlessForm() {
    let raw = """
      From: News <news@shop.test>
      Content-Type: text/html; charset=utf-8

      <form action="https://shop.test/search"><input name=q><input type=submit></form>
      """
    let message = MessageParser().parse(Array(raw.utf8))
    #expect(message.parts.flatMap(\.forms).count == 1)
    let analysis = Analyzer().analyze(message, source: "t")
    #expect(!analysis.bec.signals.has("html.credential-form"))
    #expect(analysis.bec.signals.has("html.form-external"))
  }

  @Test("a password input outside any form still counts (sent by a script)")
  func formlessPassword() {
    let raw = "From: x@y.test\nContent-Type: text/html\n\n<div><input type=\"PASSWORD\" id=p></div>\n"
    let forms = MessageParser().parse(Array(raw.utf8)).parts.flatMap(\.forms)
    #expect(forms.count == 1)
    #expect(forms.first?.action == nil)
    #expect(forms.first?.asksForPassword == true)
  }
}

/// Lures whose shape, not wording alone, is the signal.
@Suite("Lure shapes")
struct LureShapeTests {
  func analyze(_ raw: String) -> MessageAnalysis {
    Analyzer().analyze(MessageParser().parse(Array(raw.utf8)), source: "t")
  }

  @Test("a fake invoice that asks for a phone call, with no link, is callback phishing")
  func callback() {
    let lure = analyze(
      """
      From: Billing Team <billing.desk@mailbox.test>
      Subject: Invoice #88231 - Annual renewal processed

      Your annual protection plan was renewed and a payment of $399.99 was charged.
      If you did not authorize this charge, please call our billing response line at +1 (808) 555-0142 within 24 hours.
      """)
    #expect(lure.bec.signals.has("content.callback"))
    #expect(lure.bec.verdict.matched.contains { $0.id == "phishing-callback-invoice" })
    #expect(lure.bec.verdict.label == "phishing")
    // The same words with a link are another rule's business; a phone number alone is not a lure.
    let honest = analyze(
      """
      From: Front Desk <desk@hotel.test>
      Subject: Your stay

      Thank you for staying with us. Please call us at +81 3 5555 0100 if you left anything behind.
      """)
    #expect(!honest.bec.verdict.matched.contains { $0.id == "phishing-callback-invoice" })
  }

  @Test("an HTML body of images and links from outside is suspicious; a newsletter with List-Unsubscribe is not")
  func imageOnly() {
    let html =
      #"<html><body><a href="https://promo.example.top/x"><img src="https://cdn.example.top/a.png"></a></body></html>"#
    let lure = analyze("From: Offers <win@promo.test>\nSubject: For you\nContent-Type: text/html\n\n\(html)\n")
    #expect(lure.bec.signals.has("content.image-only"))
    #expect(lure.bec.verdict.matched.contains { $0.id == "suspicious-image-only-with-links" })
    let newsletter = analyze(
      "From: Shop <news@shop.test>\nList-Unsubscribe: <https://shop.test/u>\nContent-Type: text/html\n\n\(html)\n")
    #expect(!newsletter.bec.verdict.matched.contains { $0.id == "suspicious-image-only-with-links" })
    let worded = analyze(
      "From: Offers <win@promo.test>\nContent-Type: text/html\n\n<p>Dear customer, your order 1234 has shipped and will arrive on Monday.</p>\(html)\n"
    )
    #expect(!worded.bec.signals.has("content.image-only"))
  }

  @Test("a lure in the HTML part is read even when the plain part is a decoy")
  func decoyPlainPart() {
    let lure = analyze(
      """
      From: Wallet Support <support@wallet-help.test>
      Subject: Notice
      MIME-Version: 1.0
      Content-Type: multipart/alternative; boundary="a"

      --a
      Content-Type: text/plain

      Hello.
      --a
      Content-Type: text/html

      <p>Unusual activity was detected. Verify your wallet with your recovery phrase: <a href="https://wallet-help.test/v">verify</a></p>
      --a--
      """)
    #expect(lure.bec.signals.has("content.credential"))
  }

  @Test("a decorative rule of underscores is not a quoted reply unless a header block follows")
  func underscoreRule() {
    let rule = "________________________________"
    #expect(
      ThreadText.currentThread(of: "\(rule)\nYour parcel is waiting: pay the customs fee\n").contains("customs fee"))
    #expect(
      ThreadText.currentThread(of: "Thanks!\n\(rule)\nFrom: Taro <t@x.test>\nSent: Monday\nold text\n") == "Thanks!")
  }

  @Test(
    "links to a bare IP address, or lure wording with a free file host, are phishing; a document with a lure is suspicious"
  )
  func linkHostsAndDocuments() {
    let ip = analyze(
      "From: Parcel <track@parcel-notice.test>\nSubject: Delivery\n\nTrack your parcel: http://203.0.113.77/track?id=55\n"
    )
    #expect(ip.bec.signals.has("links.ip-host"))
    #expect(ip.bec.verdict.matched.contains { $0.id == "phishing-ip-link" })
    let drive = analyze(
      "From: Accounts <ap@vendor.test>\nSubject: Remittance\n\nPlease verify your account to view the invoice: https://sites.google.com/view/remit-88\n"
    )
    #expect(drive.bec.signals.has("links.free-host"))
    #expect(drive.bec.verdict.matched.contains { $0.id == "phishing-free-host-lure" })
    let plainShare = analyze(
      "From: Colleague <k@partner.test>\nSubject: Photos\n\nThe photos from Saturday: https://sites.google.com/view/bbq\n"
    )
    #expect(!plainShare.bec.verdict.matched.contains { $0.id == "phishing-free-host-lure" })
    let pdf = analyze(
      """
      From: Billing <supplier.billing.dept@gmail.com>
      Subject: Overdue invoice
      MIME-Version: 1.0
      Content-Type: multipart/mixed; boundary="m"

      --m
      Content-Type: text/plain

      The attached invoice is overdue. Please arrange payment today.
      --m
      Content-Type: application/pdf; name="INV-2291.pdf"
      Content-Disposition: attachment; filename="INV-2291.pdf"
      Content-Transfer-Encoding: base64

      JVBERi0xLjQKJSVFT0YK
      --m--
      """)
    #expect(pdf.bec.signals.has("attachment.document"))
    #expect(pdf.bec.verdict.matched.contains { $0.id == "suspicious-document-lure" })
  }

  @Test("a report forwarded inline: the forwarded text is read for cues, not only the note above it")
  func inlineForward() {
    let report = analyze(
      """
      From: Employee <e@corp.test>
      Subject: Fw: Mailbox quota

      see below
      -----Original Message-----
      From: IT Desk <it@desk-notice.test>
      Subject: Mailbox quota

      Your mailbox is full. Verify your account to keep receiving mail.
      """)
    #expect(report.bec.signals.has("content.credential"))
    // A real reply keeps quoting out: the history is not the sender's words.
    let reply = analyze(
      """
      From: Colleague <c@corp.test>
      Subject: Re: Your message

      Thanks, done.
      -----Original Message-----
      From: IT Desk <it@desk-notice.test>

      Your mailbox is full. Verify your account to keep receiving mail.
      """)
    #expect(!reply.bec.signals.has("content.credential"))
  }
}
