import Analysis
import Foundation
import MailCore
import Testing

/// The origin rules on hand-written chains: each rule, each range that must be skipped, and
/// the trust boundary for Authentication-Results.
@Suite("Origin and authentication")
struct OriginTests {
  private func analyze(_ text: String, profile: OrganizationProfile? = nil) -> MessageAnalysis {
    Analyzer(profile: profile).analyze(MessageParser().parse(Array(text.utf8)), source: "test")
  }

  @Test("an authenticated submission names the client and the server it was handed to")
  func authenticatedSubmission() {
    let a = analyze(
      """
      Received: from mx1.example.co.jp (mx1.example.co.jp [192.0.2.25]) by mbox.example.co.jp with ESMTPS id 1; Fri, 17 May 2024 11:41:09 +0900
      Received: from omta.isp.example (omta.isp.example [203.0.113.43]) by mx1.example.co.jp with ESMTPS id 2; Fri, 17 May 2024 11:41:08 +0900
      Received: from [10.0.0.7] (unknown [155.94.251.82]) by mta-12.isp.example with ESMTPSA id 3; Thu, 16 May 2024 22:41:05 -0400
      From: CEO <ceo@isp.example>
      Date: Thu, 16 May 2024 22:41:05 -0400

      body
      """, profile: OrganizationProfile(domains: ["example.co.jp"]))
    #expect(a.origin.ip?.text == "155.94.251.82")
    #expect(a.origin.rule == .authenticatedSubmission)
    #expect(a.origin.submittedTo == "mta-12.isp.example")
    #expect(a.origin.hopNumber == 1)
    #expect(a.chain.hops.count == 3)
    #expect(a.chain.hops[1].delay == 3)
  }

  @Test("without a submission hop, the first hop from outside the receiving side")
  func firstExternal() {
    let a = analyze(
      """
      Received: from mail.receiver.example (mail.receiver.example [10.1.1.1]) by store.receiver.example with LMTP; Mon, 1 Jan 2024 10:00:02 +0000
      Received: from bad.example (bad.example [198.18.0.1]) by mx.receiver.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      Received: from relay.sender.example (relay.sender.example [89.144.44.2]) by mx.receiver.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      Received: from forged.example ([8.8.8.8]) by relay.sender.example with SMTP; Mon, 1 Jan 2024 10:00:00 +0000
      From: a@sender.example

      x
      """)
    // 198.18.0.1 is benchmarking space (skipped); 89.144.44.2 handed it over; the older hop
    // was written by the sender and is not trusted over the hand-off.
    #expect(a.origin.ip?.text == "89.144.44.2")
    #expect(a.origin.rule == .firstExternalHop)
    #expect(a.origin.submittedTo == "mx.receiver.example")
  }

  @Test("private, CGNAT, loopback and documentation ranges are never the origin")
  func nonPublic() {
    for ip in [
      "10.1.2.3", "172.20.0.1", "192.168.1.1", "100.64.0.1", "127.0.0.1", "169.254.1.1", "192.0.2.1", "::1", "fe80::1",
      "fd00::1", "2001:db8::1",
    ] {
      #expect(IPAddress(ip)?.isNonPublic == true, "\(ip)")
    }
    for ip in ["155.94.251.82", "8.8.8.8", "2603:10a6:10:130::24"] {
      #expect(IPAddress(ip)?.isNonPublic == false, "\(ip)")
    }
  }

  @Test("trusted relays of the organisation (a third-party gateway here) are skipped")
  func trustedRelays() {
    let text = """
      Received: from filter.gateway.example (filter.gateway.example [93.184.216.34]) by mx.corp.example with ESMTP; Mon, 1 Jan 2024 10:00:02 +0000
      Received: from out.sender.example (out.sender.example [45.33.32.156]) by filter.gateway.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      From: a@sender.example

      x
      """
    let plain = analyze(text)
    #expect(plain.origin.ip?.text == "93.184.216.34")
    let trusted = analyze(
      text, profile: OrganizationProfile(domains: ["corp.example"], trustedRelays: ["gateway.example"]))
    #expect(trusted.origin.ip?.text == "45.33.32.156")
  }

  @Test("webmail: an HTTP hop and an originating-IP header")
  func webmail() {
    let http = analyze(
      """
      Received: from web.mail.example (web.mail.example [203.0.113.5]) by mx.corp.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      Received: from [82.135.198.129] by web.mail.example via HTTP; Mon, 1 Jan 2024 10:00:00 +0000
      From: a@mail.example

      x
      """)
    #expect(http.origin.ip?.text == "82.135.198.129")
    #expect(http.origin.rule == .webmailHop)
    #expect(http.origin.submittedTo == "web.mail.example")
    let header = analyze(
      """
      Received: from out.mail.example (out.mail.example [203.0.113.5]) by mx.corp.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      X-Originating-IP: [82.135.198.130]
      From: a@mail.example

      x
      """)
    #expect(header.origin.ip?.text == "82.135.198.130")
    #expect(header.origin.rule == .webmailHeader)
  }

  @Test("Microsoft 365's internal IPv6 hops belong to the receiver")
  func microsoftInternal() {
    let a = analyze(
      """
      Received: from SJ0PR19MB6679.namprd19.prod.outlook.com (::1) by MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Fri, 8 Sep 2023 05:47:06 +0000
      Received: from DB8P191CA0014.EURP191.PROD.OUTLOOK.COM (2603:10a6:10:130::24) by SJ0PR19MB6679.namprd19.prod.outlook.com (2603:10b6:a03:477::19) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6768.30; Fri, 8 Sep 2023 05:47:05 +0000
      Received: from thcultarfdes.co.uk (89.144.44.2) by DB8EUR06FT032.mail.protection.outlook.com (10.233.253.34) with Microsoft SMTP Server id 15.20.6768.30 via Frontend Transport; Fri, 8 Sep 2023 05:47:04 +0000
      From: x@access-accsecurity.com

      x
      """)
    #expect(a.origin.ip?.text == "89.144.44.2")
    #expect(a.origin.hopNumber == 1)
  }

  @Test("Authentication-Results below the hand-off are ignored; the receiver's count")
  func authenticationTrust() {
    let a = analyze(
      """
      Authentication-Results: mx.corp.example; spf=fail smtp.mailfrom=bank.example; dkim=none; dmarc=fail header.from=bank.example
      Received: from out.evil.example (out.evil.example [45.33.32.157]) by mx.corp.example with ESMTP; Mon, 1 Jan 2024 10:00:01 +0000
      Authentication-Results: mx.corp.example; spf=pass smtp.mailfrom=bank.example; dkim=pass header.d=bank.example; dmarc=pass
      From: Bank <alerts@bank.example>

      x
      """)
    #expect(a.authentication.spf == "fail")
    #expect(a.authentication.dmarc == "fail")
    #expect(a.authentication.spfDomain == "bank.example")
    #expect(a.authentication.ignored.count == 1)
    #expect(a.findings.contains { $0.id == "untrusted-authentication-results" })
  }

  @Test("RFC 8601 parsing: comments, versions, quoted values, reasons, no authserv-id")
  func resultsParsing() throws {
    let r = try #require(
      AuthenticationResults.parse(
        "mx.google.com; dkim=pass header.i=@isp.example header.s=s1 header.b=abc; spf=softfail (google.com: domain of transitioning x@isp.example) smtp.mailfrom=x@isp.example; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=isp.example"
      ))
    #expect(r.authservID == "mx.google.com")
    #expect(r.result(for: "spf")?.result == "softfail")
    #expect(r.result(for: "dkim")?.properties["header.i"] == "@isp.example")
    #expect(r.result(for: "dmarc")?.properties["header.from"] == "isp.example")
    let ms = try #require(
      AuthenticationResults.parse(
        "spf=none (sender IP is 89.144.44.2) smtp.mailfrom=x.co.uk; dkim=none (message not signed) header.d=none;dmarc=permerror action=none header.from=y.com;"
      ))
    #expect(ms.authservID == "")
    #expect(ms.result(for: "dmarc")?.result == "permerror")
    let version = try #require(
      AuthenticationResults.parse(
        "example.org 1; auth=pass (cram-md5) smtp.auth=sender@example.net; spf=pass smtp.mailfrom=example.net"))
    #expect(version.result(for: "auth")?.properties["smtp.auth"] == "sender@example.net")
    #expect(AuthenticationResults.parse("example.com; none")?.results.isEmpty == true)
  }

  @Test("consistency: Reply-To elsewhere, a display name holding another address, missing fields")
  func consistency() {
    let a = analyze(
      """
      From: "ceo@corp.example" <boss.office@freemail.example>
      Reply-To: <payments@other.example>

      x
      """)
    let ids = Set(a.findings.map(\.id))
    #expect(ids.contains("reply-to-domain-mismatch"))
    #expect(ids.contains("display-name-holds-other-address"))
    #expect(ids.contains("missing-message-id"))
    #expect(ids.contains("missing-date"))
    let display = a.findings.first { $0.id == "display-name-holds-other-address" }
    #expect(display?.severity == .high)
    #expect(display?.evidence.first?.offset == 0)
  }

  @Test("indicators are defanged as reports write them")
  func defang() {
    #expect(IOC(type: .ipv4, value: "155.94.251.82").defanged == "155[.]94[.]251[.]82")
    #expect(IOC(type: .email, value: "ejbjebduffy@optimum.net").defanged == "ejbjebduffy@optimum[.]net")
    #expect(IOC(type: .url, value: "https://evil.example/login?a=b.c").defanged == "hxxps://evil[.]example/login?a=b.c")
    #expect(IOC(type: .ipv6, value: "2001:db8::1").defanged == "2001[:]db8[:][:]1")
  }
}

/// Gmail writes Authentication-Results just below its own hand-off; only that first one counts.
@Suite("Receiver results written below the hand-off")
struct ReceiverBelowHandoffTests {
  @Test("Gmail's own results below its hand-off count; a forged second one does not")
  func gmailStyle() {
    let text = """
      Received: by 2002:a05:6a10:2a4b:b0:4e0:1234:5678 with SMTP id abc; Mon, 1 Jan 2024 10:00:03 -0800 (PST)
      Received: from mail.sender.example (mail.sender.example. [45.33.32.156]) by mx.google.com with ESMTPS id x1; Mon, 1 Jan 2024 10:00:02 -0800 (PST)
      Received-SPF: fail (google.com: domain of a@bank.example does not designate 45.33.32.156 as permitted sender) client-ip=45.33.32.156;
      Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=a@bank.example; dmarc=fail header.from=bank.example
      Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=a@bank.example; dmarc=pass header.from=bank.example
      From: Bank <a@bank.example>

      x
      """
    let a = Analyzer().analyze(MessageParser().parse(Array(text.utf8)), source: "t")
    #expect(a.origin.ip?.text == "45.33.32.156")
    #expect(a.authentication.spf == "fail")
    #expect(a.authentication.dmarc == "fail")
    #expect(a.authentication.ignored.count == 1)
  }
}

/// Mail relayed out of another Microsoft 365 tenant (pattern B of docs/origin-audit.md).
@Suite("Microsoft 365 tenant relays")
struct TenantRelayTests {
  @Test("the client the sending tenant's filter recorded, confirmed by its inbound hop")
  func tenantClient() {
    let text = """
      Received: from SA1P223MB0987.NAMP223.PROD.OUTLOOK.COM (2603:10b6:806:3e4::11) by MN0P223MB1046.NAMP223.PROD.OUTLOOK.COM with HTTPS; Mon, 1 Jan 2024 10:00:05 +0000
      Received: from SEZPR03CU001.outbound.protection.outlook.com (mail-koreacentralazon11012044.outbound.protection.outlook.com [40.107.44.138]) by BN1PEPF00004689.mail.protection.outlook.com (10.167.243.134) with Microsoft SMTP Server id 15.20.7; Mon, 1 Jan 2024 10:00:04 +0000
      Received: from TY2PEPF0000AB88.apcprd03.prod.outlook.com (2603:1096:404:8001::2) by SEZPR03MB6600.apcprd03.prod.outlook.com (2603:1096:101:79::12) with Microsoft SMTP Server id 15.20.7; Mon, 1 Jan 2024 10:00:03 +0000
      Received: from love.smartwatchly.com (184.107.178.50) by TY2PEPF0000AB88.mail.protection.outlook.com (10.167.253.11) with Microsoft SMTP Server id 15.20.7; Mon, 1 Jan 2024 10:00:02 +0000
      X-Forefront-Antispam-Report-Untrusted: CIP:184.107.178.50;CTRY:CA;LANG:en;SCL:1;H:love.smartwatchly.com;
      From: Shop <news@smartwatchly.com>

      x
      """
    let a = Analyzer().analyze(MessageParser().parse(Array(text.utf8)), source: "t")
    #expect(a.origin.ip?.text == "184.107.178.50")
    #expect(a.origin.rule == .sendingTenantClient)
    #expect(a.origin.handoffIP?.text == "40.107.44.138")
    #expect(a.iocs.contains { $0.value == "40.107.44.138" })
    // A filter report that no inbound hop confirms is not believed.
    let forged = text.replacingOccurrences(of: "CIP:184.107.178.50", with: "CIP:8.8.8.8")
    let b = Analyzer().analyze(MessageParser().parse(Array(forged.utf8)), source: "t")
    #expect(b.origin.ip?.text == "40.107.44.138")
  }
}
