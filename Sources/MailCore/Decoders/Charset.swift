/// A charset name resolved to the decoder that handles it.
///
/// Mail labels charsets loosely (`x-sjis`, `ks_c_5601-1987`, `iso8859-1`, `utf8`) and often
/// names a subset of what was really used (Shift_JIS for CP932 text with NEC symbols, GB2312
/// for GBK text, ISO-8859-1 for Windows-1252 quotes). Each label maps to the superset that
/// decodes what senders actually produce.
public enum Charset: Hashable, Sendable {
  case utf8
  /// US-ASCII, and no label at all; 8-bit bytes under it are guessed (UTF-8, Japanese, Windows-1252).
  case ascii
  /// Windows-1252, used for ISO-8859-1 (as browsers do).
  case windows1252
  /// ISO-2022-JP with its common extensions (JIS X 0201 katakana, NEC and IBM rows).
  case iso2022jp
  /// A charset handled by iconv under this name.
  case iconv(String)
  /// A label nobody knows.
  case unknown(String)

  /// Resolves a charset label (case, quotes, spaces and common misspellings tolerated).
  public init(label: String) {
    var name = label.lowercased()
    name.removeAll { $0 == "\"" || $0 == "'" || $0 == " " || $0 == "\t" }
    if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }  // RFC 2231 language
    switch name {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-utf-8", "utf-8n": self = .utf8
    case "", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us", "646", "iso-ir-6", "default":
      self = .ascii
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "iso-ir-100", "cp819", "ibm819",
      "windows-1252", "cp1252", "x-cp1252", "cp-1252", "iso_8859-1:1987", "8859-1", "iso8859_1":
      self = .windows1252
    case "iso-2022-jp", "csiso2022jp", "iso2022jp", "iso-2022-jp-ms", "cp50220", "cp50221", "cp50222",
      "iso-2022-jp-1", "jis", "x-jis", "jis_encoding":
      self = .iso2022jp
    case "iso-2022-jp-2", "csiso2022jp2": self = .iconv("ISO-2022-JP-2")
    case "iso-2022-jp-3", "iso-2022-jp-2004": self = .iconv("ISO-2022-JP-3")
    case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932", "ms932",
      "x-ms-cp932", "shift_jisx0213", "shiftjis", "s-jis", "sjis-open", "sjis-win", "ibm-943":
      self = .iconv("CP932")
    case "euc-jp", "x-euc-jp", "eucjp", "cseucpkdfmtjapanese", "euc-jp-ms", "eucjp-ms", "eucjp-open",
      "eucjp-win", "x-euc", "ujis":
      self = .iconv("EUC-JP-MS")
    case "gb2312", "gbk", "cp936", "x-gbk", "euc-cn", "gb18030", "chinese", "csgb2312", "gb_2312-80", "x-gb2312",
      "ms936", "windows-936", "hz-gb-2312":
      self = name == "hz-gb-2312" ? .iconv("HZ-GB-2312") : .iconv("GB18030")
    case "big5", "big-5", "x-big5", "cn-big5", "csbig5", "cp950", "big5-hkscs", "big5hkscs", "x-x-big5":
      self = .iconv("BIG5-HKSCS")
    case "euc-kr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "cp949", "uhc", "x-windows-949",
      "windows-949", "csksc56011987", "korean", "ks_c_5601-1989", "x-euc-kr":
      self = .iconv("UHC")
    case "koi8-r", "koi8r", "cskoi8r", "koi": self = .iconv("KOI8-R")
    case "koi8-u", "koi8u", "koi8-ru": self = .iconv("KOI8-U")
    case "utf-16", "utf16", "ucs-2", "ucs2", "iso-10646-ucs-2": self = .iconv("UTF-16")
    case "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be", "utf-7", "ucs-4":
      self = .iconv(name.uppercased())
    case "unicode-1-1-utf-7", "utf7", "x-unicode-2-0-utf-7": self = .iconv("UTF-7")
    case "tis-620", "windows-874", "cp874", "x-cp874", "iso-8859-11": self = .iconv("CP874")
    case "iso-8859-8-i", "iso-8859-8-e", "logical", "visual": self = .iconv("ISO-8859-8")
    case "iso-8859-6-i", "iso-8859-6-e": self = .iconv("ISO-8859-6")
    default:
      if let number = Charset.suffixNumber(
        name, prefixes: ["iso-8859-", "iso8859-", "iso_8859-", "iso8859_", "8859-"]),
        (1...16).contains(number), number != 12
      {
        self = number == 1 ? .windows1252 : .iconv("ISO-8859-\(number)")
      } else if let number = Charset.suffixNumber(
        name, prefixes: ["windows-", "cp-", "cp", "x-cp", "win-", "win", "ms-", "windows"]),
        (1250...1258).contains(number)
      {
        self = number == 1252 ? .windows1252 : .iconv("CP\(number)")
      } else if let latin = Charset.suffixNumber(name, prefixes: ["latin", "latin-", "l"]), (1...10).contains(latin) {
        let map = [1: 1, 2: 2, 3: 3, 4: 4, 5: 9, 6: 10, 7: 13, 8: 14, 9: 15, 10: 16]
        self = latin == 1 ? .windows1252 : .iconv("ISO-8859-\(map[latin]!)")
      } else {
        self = .unknown(name)
      }
    }
  }

  private static func suffixNumber(_ name: String, prefixes: [String]) -> Int? {
    for prefix in prefixes where name.hasPrefix(prefix) {
      if let n = Int(name.dropFirst(prefix.count)) { return n }
    }
    return nil
  }

  /// Whether bytes below 0x80 mean ASCII in this charset, so pure-ASCII input can skip decoding.
  var isASCIICompatible: Bool {
    switch self {
    case .utf8, .ascii, .windows1252: return true
    case .iso2022jp: return true  // only with no ESC byte, checked by the caller
    case .iconv(let name):
      return !(name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") || name == "UTF-7" || name == "HZ-GB-2312")
    case .unknown: return true
    }
  }

  /// The name reported as the charset used.
  public var name: String {
    switch self {
    case .utf8: return "UTF-8"
    case .ascii: return "US-ASCII"
    case .windows1252: return "WINDOWS-1252"
    case .iso2022jp: return "ISO-2022-JP"
    case .iconv(let name): return name
    case .unknown(let name): return name
    }
  }
}
