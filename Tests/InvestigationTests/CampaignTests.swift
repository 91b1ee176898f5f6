import Analysis
import Foundation
import Intelligence
import Investigation
import MailCore
import Testing

@Suite("Campaign building blocks")
struct CampaignTests {
  @Test("subject templates drop reply and forward prefixes and blank the numbers")
  func templates() {
    #expect(Fingerprint.template("Re: FW: 至急のお願い 12/3") == "至急のお願い #/#")
    #expect(Fingerprint.template("Invoice 88231 overdue") == Fingerprint.template("RE: invoice 90017   overdue"))
    #expect(Fingerprint.template("Re: ") == nil)
  }

  @Test("SimHash: copies that differ in names and greetings are close, other texts are far")
  func simhash() throws {
    let a = try #require(
      Fingerprint.simhash("高田さん\nお疲れ様です。山田です。\n至急ご対応いただきたい件があります。\nこのメールに返信してください。\n会議中のため電話には出られません。"))
    let b = try #require(
      Fingerprint.simhash("佐藤さん\nお疲れ様です。山田です。\n至急ご対応いただきたい件があります。\nこのメールに返信してください。\n会議中のため電話には出られません。"))
    let c = try #require(
      Fingerprint.simhash("来週の定例会議の議事録を共有します。資料は共有フォルダにあります。ご確認ください。よろしくお願いします。"))
    #expect(Fingerprint.distance(a, b) <= 10)
    #expect(Fingerprint.distance(a, c) >= 20)
    #expect(Fingerprint.simhash("short") == nil)
  }

  @Test("grouping: same sender, same Reply-To, near-duplicate text; unrelated messages stay apart")
  func grouping() {
    let lure = "お疲れ様です。山田です。至急ご対応いただきたい件があります。このメールに返信してください。"
    let prints = [
      Fingerprint(from: "ceo.fake@optimum.net", subject: "至急のお願い", text: "高田さん " + lure),
      Fingerprint(from: "ceo.fake@optimum.net", subject: "至急", text: "佐藤さん " + lure),
      Fingerprint(from: "other.fake@gmail.com", subject: "至急のお願い", text: "伊藤さん " + lure),
      Fingerprint(
        from: "news@shop.test", subject: "Weekly deals", text: "Our weekly deals on garden furniture are here."),
      Fingerprint(
        from: "x@y.test", replyTo: ["drop@box.test"], subject: "a", text: "Completely different text about invoices."),
      Fingerprint(
        from: "z@w.test", replyTo: ["drop@box.test"], subject: "b", text: "Another unrelated text about holidays."),
    ]
    let groups = CampaignGrouper().group(prints)
    #expect(groups.contains([0, 1, 2]))
    #expect(groups.contains([3]))
    #expect(groups.contains([4, 5]))
    let matcher = CampaignMatcher([[prints[0]]])
    #expect(matcher.match(Fingerprint(from: "ceo.fake@optimum.net", subject: "x", text: "")) == 0)
    #expect(matcher.match(Fingerprint(from: "someone@else.test", subject: "至急のお願い", text: "中村さん " + lure)) == 0)
    #expect(
      matcher.match(
        Fingerprint(from: "taro.yamada@corp.test", subject: "至急のお願い", text: "明日の会議室の予約を変更しました。十時からです。資料は後で送ります。"))
        == nil)
  }

  @Test("an unlisted private address is tied to an employee by name tokens, with a confidence")
  func privateMatch() throws {
    let takada = Employee(
      email: "sho.takada@corp.test", familyName: "高田", givenName: "翔", familyLatin: "Takada", givenLatin: "Sho",
      title: "", personalEmails: [], isExecutive: false)
    let sato = Employee(
      email: "mika.sato@corp.test", familyName: "佐藤", givenName: "美香", familyLatin: "Sato", givenLatin: "Mika",
      title: "", personalEmails: [], isExecutive: false)
    let consonants = try #require(Investigator.privateMatch("sho.tkd@gmail.com", [takada, sato]))
    #expect(consonants.employee.email == takada.email)
    #expect(consonants.confidence < 0.8)
    let full = try #require(Investigator.privateMatch("mika.sato.77@yahoo.co.jp", [takada, sato]))
    #expect(full.employee.email == sato.email && full.confidence >= 0.8)
    #expect(Investigator.privateMatch("info@shop.test", [takada, sato]) == nil)
  }
}

@Suite("Mailbox sweep targets")
struct SweepTargetTests {
  @Test("only flagged campaigns are hunted for in mailboxes: a reported newsletter is not")
  func onlyFlagged() throws {
    let analyzer = Analyzer()
    func message(_ raw: String) -> CaseMessage {
      let a = analyzer.analyze(MessageParser().parse(Array(raw.utf8)), source: "t")
      return CaseMessage(
        key: UUID().uuidString, origin: "reported", source: "t", analysis: a, fingerprint: Fingerprint(a))
    }
    let lure = message(
      "From: Gift Desk <ceo.office.2026@gmail.com>\nSubject: quick task\n\nAre you available? I need you to buy Apple gift cards for a client today. Reply with the codes.\n"
    )
    let newsletter = message(
      "From: News <news@shop.test>\nList-Unsubscribe: <https://shop.test/u>\nSubject: Weekly\n\nOur weekly selection of garden furniture and summer offers is here.\n"
    )
    #expect(lure.fingerprint.flagged)
    #expect(!newsletter.fingerprint.flagged)
    let targets = Investigator.sweepTargets([lure, newsletter])
    #expect(targets.count == 1)
    #expect(targets.first?.first?.from == "ceo.office.2026@gmail.com")
  }
}

@Suite("The analyst's exposure file")
struct ExposureFileTests {
  func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "exposure-\(UUID().uuidString).csv"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("CSV with quoted commas, columns in any order, extra columns ignored")
  func quoted() throws {
    let path = try write(
      "\u{FEFF}note,Employee,platform,url,checked_by\n\"sales, Osaka office\",Sho.Takada@corp.test,LinkedIn,https://www.linkedin.com/in/x,ann\n\n"
    )
    let records = try ExposureRecord.load(path: path)
    #expect(
      records == [
        ExposureRecord(
          employee: "sho.takada@corp.test", platform: "LinkedIn", url: "https://www.linkedin.com/in/x",
          note: "sales, Osaka office")
      ])
  }

  @Test("a missing column or an empty employee names the file and the line")
  func errors() throws {
    #expect {
      try ExposureRecord.load(path: try write("employee,url\na@b.test,x\n"))
    } throws: { "\($0)".contains(":1: the header must name employee and platform") }
    #expect {
      try ExposureRecord.load(path: try write("employee,platform\na@b.test,LinkedIn\n,Wantedly\n"))
    } throws: { "\($0)".contains(":3: the employee or the platform is empty") }
  }
}
