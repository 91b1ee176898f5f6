import MailCore
import Testing

/// `replacingAll`: by bytes, which for valid UTF-8 is by Unicode scalars.
@Suite("Replacing text")
struct StringReplacingTests {
  @Test("left to right, without overlap; untouched text returned as it is")
  func basics() {
    #expect("a.b.c".replacingAll(".", with: "[.]") == "a[.]b[.]c")
    #expect("aaaa".replacingAll("aa", with: "b") == "bb")
    #expect("aaa".replacingAll("aa", with: "b") == "ba")
    #expect("x".replacingAll("", with: "y") == "x")
    #expect("".replacingAll("a", with: "b") == "")
    #expect("no dots".replacingAll(".", with: "[.]") == "no dots")
    #expect("```x```".replacingAll("```", with: "ˋˋˋ") == "ˋˋˋxˋˋˋ")
  }

  @Test("multi-byte text and targets; a combining mark cannot hide a dot")
  func scalars() {
    #expect("至急。お願い。".replacingAll("。", with: "[。]") == "至急[。]お願い[。]")
    #expect("例え.テスト".replacingAll(".", with: "[.]") == "例え[.]テスト")
    // "." + U+0301 is one Character but two scalars: the dot is still replaced.
    #expect("evil.\u{301}com".replacingAll(".", with: "[.]") == "evil[.]\u{301}com")
    // A target's bytes inside another scalar's bytes are never matched: "é" (C3 A9) has no "©" (C2 A9).
    #expect("café".replacingAll("©", with: "(c)") == "café")
  }
}
