import Foundation
import MailCore
import Testing

/// Charset decoding: fast paths, iconv, ISO-2022-JP extensions and lying labels.
@Suite("Charsets")
struct CharsetTests {
  let converter = CharsetConverter()

  @Test("ISO-2022-JP with NEC specials decodes; GB 2312 escapes go to ISO-2022-JP-2")
  func iso2022jp() {
    // "①" is row 13 (0x2D21); "日本" is 0x467C 0x4B5C.
    let nec: [UInt8] = [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42]
    #expect(converter.decode(nec, label: "iso-2022-jp").string == "①日本")
    // "你好" in GB 2312 inside ISO-2022-JP-2: ESC $ A, 0x4463 0x3A43.
    let gb: [UInt8] = [0x1B, 0x24, 0x41, 0x44, 0x63, 0x3A, 0x43, 0x1B, 0x28, 0x42]
    #expect(converter.decode(gb, label: "iso-2022-jp").string == "你好")
    // Half-width katakana with ESC ( I.
    let kana: [UInt8] = [0x1B, 0x28, 0x49, 0x31, 0x32, 0x1B, 0x28, 0x42]
    #expect(converter.decode(kana, label: "iso-2022-jp").string == "ｱｲ")
  }

  @Test("every charset family named in the issue decodes through iconv or a fast path")
  func families() {
    let samples: [(String, [UInt8], String)] = [
      ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
      ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
      ("iso-8859-2", [0xB1], "ą"),
      ("windows-1251", [0xCF, 0xF0, 0xE8], "При"),
      ("koi8-r", [0xF0, 0xD2, 0xC9], "При"),
      ("gb2312", [0xC4, 0xE3], "你"),
      ("big5", [0xA7, 0x41], "你"),
      ("euc-kr", [0xC7, 0xD1], "한"),
      ("utf-16", [0xFE, 0xFF, 0x00, 0x41], "A"),
      ("utf-32le", [0x41, 0x00, 0x00, 0x00], "A"),
      ("iso-8859-1", [0x80, 0xE9], "€é"),
    ]
    for (label, bytes, expected) in samples {
      let result = converter.decode(bytes, label: label)
      #expect(result.string == expected, "\(label)")
      #expect(result.problem == nil, "\(label)")
    }
  }

  @Test("unknown and lying labels fall back and say so")
  func fallbacks() {
    let unknown = converter.decode(Array("plain words".utf8) + [0xC3, 0xA9], label: "x-no-such-charset")
    #expect(unknown.string == "plain wordsé")
    #expect(unknown.problem == .unknownCharset)
    let sjisAsUTF8 = converter.decode([0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD], label: "utf-8")
    #expect(sjisAsUTF8.string == "こんにちは")
    #expect(sjisAsUTF8.problem == .charsetMismatch)
    let latinInHeader = converter.decode(Array("Fr".utf8) + [0xF6] + Array("sche".utf8), label: nil)
    #expect(latinInHeader.string == "Frösche")
  }

  @Test("UTF-16 text keeps its line breaks and characters")
  func utf16Body() {
    var body: [UInt8] = [0xFF, 0xFE]
    for scalar in "a\r\nč\r\n".utf16 { body += [UInt8(scalar & 0xFF), UInt8(scalar >> 8)] }
    let encoded = Data(body).base64EncodedString()
    let text = "Content-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n\(encoded)\n"
    let m = MessageParser().parse(Array(text.utf8))
    #expect(m.bodyText == "a\nč\n")
  }

  @Test("RFC 2047: adjacent words joined, split characters rejoined, Q underscores")
  func encodedWords() {
    // "日本" in UTF-8 is E6 97 A5 E6 9C AC; split after the fourth byte.
    let split = "=?UTF-8?B?5pel5g==?= =?UTF-8?B?nKw=?="
    #expect(FieldParsers.unstructured(Array(split.utf8)) == "日本")
    #expect(FieldParsers.unstructured(Array("=?iso-8859-1?q?caf=E9_cr=E8me?=".utf8)) == "café crème")
    #expect(FieldParsers.unstructured(Array("a =?utf-8?q?b?= c".utf8)) == "a b c")
    #expect(FieldParsers.unstructured(Array("=?utf-8?x?bad?=".utf8)) == "=?utf-8?x?bad?=")
  }
}
