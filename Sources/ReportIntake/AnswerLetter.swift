import Analysis
import Foundation

/// The words of an answer to a reporter, in English or Japanese, and the message that carries
/// them (RFC 5322, UTF-8 in base64, encoded words in the header).
///
/// An answer names the report by its subject (cleaned of control and format characters,
/// indicators defanged) and its date, and tells the reporter what to do. It never quotes the
/// reported message's body, links or attachments, and carries no attachment.
struct AnswerLetter: Sendable {
  var answer: ReporterAnswer
  /// The reporter's name as the directory gives it (nil: not in the directory).
  var employee: Employee?
  var organisation: String
  var from: String
  var timeZone: TimeZone

  var japanese: Bool { answer.language == "ja" }

  var subject: String {
    let quoted = answer.reportSubject.isEmpty ? (japanese ? "(件名なし)" : "(no subject)") : answer.reportSubject
    switch answer.kind {
    case .acknowledgement: return japanese ? "受付: \(quoted)" : "Received: \(quoted)"
    case .result: return japanese ? "調査結果: \(quoted)" : "Result: \(quoted)"
    }
  }

  var greeting: String {
    if japanese {
      if let e = employee, !(e.familyName + e.givenName).isEmpty { return "\(e.familyName) \(e.givenName) 様".trimmed }
      if let e = employee, !(e.familyLatin + e.givenLatin).isEmpty {
        return "\(e.familyLatin.capitalized) \(e.givenLatin.capitalized) 様".trimmed
      }
      return "ご報告者 様"
    }
    if let e = employee, !(e.familyLatin + e.givenLatin).isEmpty {
      return "Dear \(e.givenLatin.capitalized) \(e.familyLatin.capitalized),".replacingOccurrences(of: "  ", with: " ")
    }
    if let e = employee, !(e.familyName + e.givenName).isEmpty { return "Dear \(e.familyName) \(e.givenName)," }
    return "Hello,"
  }

  var reportedAt: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = timeZone
    formatter.dateFormat = japanese ? "yyyy年M月d日 HH:mm" : "d MMMM yyyy, HH:mm"
    let zone = timeZone.identifier == "GMT" ? "UTC" : timeZone.identifier
    return formatter.string(from: answer.reportedAt) + " (\(zone))"
  }

  var signature: String {
    japanese ? "\(organisation) 情報セキュリティ担当".trimmed : "\(organisation) security team".trimmed.capitalizedFirst
  }

  /// The text of the answer.
  var body: String {
    var lines = [greeting, ""]
    let subject = answer.reportSubject.isEmpty ? (japanese ? "(件名なし)" : "(no subject)") : answer.reportSubject
    switch answer.kind {
    case .acknowledgement:
      if japanese {
        lines += [
          "\(reportedAt)にご報告いただいたメール「\(subject)」を受け付けました。ありがとうございます。現在、内容を調査しています。", "",
          "調査結果をお知らせするまで、このメールには返信せず、本文のリンクや添付ファイルを開かず、記載された依頼（送金、振込先の変更、ギフトカードの購入、パスワードの入力など）に応じないでください。",
          "すでに返信した、リンクを開いた、依頼に応じたという場合は、すぐに情報セキュリティ担当までご連絡ください。", "",
          "判定が出ましたら、改めてご連絡します。",
        ]
      } else {
        lines += [
          "Thank you for reporting the message \"\(subject)\" (\(reportedAt)). The security team has it and is looking into it.",
          "",
          "Until we write again, please do not reply to it, open its links or attachments, or do what it asks (a payment, new bank details, gift cards, a password).",
          "If you already replied, opened something or acted on it, tell the security team at once.", "",
          "We will write again when we know what it is.",
        ]
      }
    case .result:
      lines += japanese ? resultJapanese(subject) : resultEnglish(subject)
    }
    lines += [
      "", signature, "", japanese ? "このメールは自動で送信されています（becscope）。" : "This answer was sent automatically (becscope).",
    ]
    return lines.joined(separator: "\n")
  }

  private func resultEnglish(_ subject: String) -> [String] {
    let lead = "We have looked into the message you reported, \"\(subject)\" (\(reportedAt))."
    switch answer.verdict ?? "suspicious" {
    case "bec":
      return [
        lead, "",
        "It is a business email compromise (BEC) attempt: someone posing as a person you trust, to get money or information out of you.",
        "Do not reply to it or do what it asks; delete it. If you replied, paid or sent anything, tell the security team at once.",
        "", "Thank you: your report helps protect everyone else who received it.",
      ]
    case "phishing":
      return [
        lead, "",
        "It is a phishing message: it tries to make you open a link or a file, or give your password.",
        "Do not open its links or attachments; delete it. If you opened one or typed a password, tell the security team at once and change that password.",
        "", "Thank you: your report helps protect everyone else who received it.",
      ]
    case "spam":
      return [
        lead, "",
        "It is unwanted bulk mail (spam). As far as we can tell it is not aimed at you or the company; you may delete it.",
      ]
    case "clean":
      return [
        lead, "",
        "We found it to be genuine; you may deal with it as usual.",
        "When a message asks for a payment or new bank details, confirming by phone on a number you already know is still good practice.",
      ]
    default:
      return [
        lead, "",
        "We could not rule out that it is fraudulent. Treat it as untrusted: do not do what it asks unless you have confirmed with the sender by phone, on a number you already know.",
      ]
    }
  }

  private func resultJapanese(_ subject: String) -> [String] {
    let lead = "\(reportedAt)にご報告いただいたメール「\(subject)」の調査結果をお知らせします。"
    switch answer.verdict ?? "suspicious" {
    case "bec":
      return [
        lead, "",
        "このメールはビジネスメール詐欺（BEC）です。信頼できる人物になりすまし、金銭や情報をだまし取ろうとするものです。",
        "返信や依頼への対応はせず、削除してください。すでに返信した、送金した、情報を送ったという場合は、すぐに情報セキュリティ担当までご連絡ください。",
        "", "ご報告いただいたことで、同じメールを受け取った他の社員を守ることができました。ありがとうございました。",
      ]
    case "phishing":
      return [
        lead, "",
        "このメールはフィッシングメールです。リンクや添付ファイルを開かせたり、パスワードを入力させたりしようとするものです。",
        "リンクや添付ファイルは開かず、削除してください。開いてしまった、パスワードを入力してしまったという場合は、すぐに情報セキュリティ担当までご連絡のうえ、パスワードを変更してください。",
        "", "ご報告いただいたことで、同じメールを受け取った他の社員を守ることができました。ありがとうございました。",
      ]
    case "spam":
      return [lead, "", "このメールは迷惑メール（スパム）です。あなたや当社を狙ったものではないと判断しました。削除して構いません。"]
    case "clean":
      return [
        lead, "", "このメールは正当なものと判断しました。通常どおり対応して構いません。",
        "なお、送金や振込先の変更を求めるメールは、既知の電話番号で相手に確認することをお勧めします。",
      ]
    default:
      return [
        lead, "",
        "詐欺の可能性を否定できませんでした。信頼できないメールとして扱い、既知の電話番号で送信者に確認できるまでは、記載された依頼に応じないでください。",
      ]
    }
  }

  /// The whole message, ready for submission.
  func message(messageID: String, date: Date) -> [UInt8] {
    var header: [String] = []
    // Short enough for one encoded word: some readers put a space between two in a name.
    header.append("From: \(Self.phrase(japanese ? "情報セキュリティ担当" : "Security team")) <\(from)>")
    header.append("To: <\(answer.to)>")
    header.append("Subject: \(Self.encodedWords(subject))")
    header.append("Date: \(Self.rfc5322Date(date))")
    header.append("Message-ID: \(messageID)")
    if let report = answer.inReplyTo {
      header.append("In-Reply-To: \(report)")
      header.append("References: \(report)")
    }
    header += [
      "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64",
      "Content-Language: \(answer.language)",
    ]
    let text = Data(body.replacingOccurrences(of: "\n", with: "\r\n").utf8).base64EncodedString(
      options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    return Array((header.joined(separator: "\r\n") + "\r\n\r\n" + text + "\r\n").utf8)
  }

  /// A display name: as it is when it is plain ASCII words, else encoded words.
  static func phrase(_ s: String) -> String {
    if s.unicodeScalars.allSatisfy({
      $0.value >= 0x20 && $0.value < 0x7F && !"\"\\()<>[]:;@,.".unicodeScalars.contains($0)
    }) {
      return s
    }
    return encodedWords(s)
  }

  /// RFC 2047 encoded words (UTF-8, base64), each at most 75 characters, folded between them;
  /// plain ASCII text without `=?` as it is.
  static func encodedWords(_ s: String) -> String {
    if s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }), !s.contains("=?"), s.count < 70 {
      return s
    }
    var words: [String] = []
    var chunk: [UInt8] = []
    // Cut between scalars, so that each word is whole UTF-8 (RFC 2047 section 5).
    for scalar in s.unicodeScalars {
      let bytes = Array(String(scalar).utf8)
      if chunk.count + bytes.count > 45 {
        words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
    return words.joined(separator: "\r\n ")
  }

  static func rfc5322Date(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
    return formatter.string(from: date)
  }

  /// A report's subject as an answer may quote it: control, format and bidirectional characters
  /// dropped, runs of space made one, indicators defanged, at most 120 characters.
  static func quotable(_ subject: String) -> String {
    var kept = String.UnicodeScalarView()
    var space = false
    for scalar in subject.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
        continue
      case .spaceSeparator:
        if !space, !kept.isEmpty { kept.append(" ") }
        space = true
      default:
        kept.append(scalar)
        space = false
      }
    }
    var text = Defang.defangText(String(kept).trimmed)
    if text.count > 120 { text = String(text.prefix(119)) + "…" }
    return text
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
