import Foundation
import MailCore

/// The employee directory (`employees.csv`): who works here, their corporate and private
/// addresses, and who is an executive.
public struct Directory: Sendable {
  public var employees: [Employee]
  private var byEmail: [String: Int]
  private var byPersonal: [String: Int]

  public init(employees: [Employee]) {
    self.employees = employees
    var e: [String: Int] = [:]
    var p: [String: Int] = [:]
    for (i, employee) in employees.enumerated() {
      e[employee.email] = i
      for personal in employee.personalEmails { p[personal] = i }
    }
    byEmail = e
    byPersonal = p
  }

  public func employee(corporate address: String) -> Employee? {
    byEmail[address.lowercased()].map { employees[$0] }
  }

  public func employee(personal address: String) -> Employee? {
    byPersonal[address.lowercased()].map { employees[$0] }
  }

  static let columns = [
    "email", "family_name", "given_name", "family_name_latin", "given_name_latin", "title", "personal_emails",
    "executive", "language",
  ]

  /// Reads `employees.csv`: a header row, then one employee a line (columns in any order,
  /// extra columns ignored, empty cells allowed).
  public static func load(path: String) throws(FileError) -> Directory {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileError(.unreadable, path: path, reason: "cannot be read")
    }
    let rows: [CSV.Row]
    do {
      rows = try CSV.rows(CSV.text(Array(data)))
    } catch {
      throw FileError(path: path, line: error.line, reason: error.reason)
    }
    guard let header = rows.first else { throw FileError(path: path, line: 1, reason: "the file is empty") }
    let names = header.fields.map { $0.trimmed.lowercased() }
    guard let emailColumn = names.firstIndex(of: "email") else {
      throw FileError(
        path: path, line: header.line, reason: "no \"email\" column (columns: \(names.joined(separator: ", ")))")
    }
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
    var employees: [Employee] = []
    for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmed.isEmpty }) {
      func cell(_ name: String) -> String {
        guard let c = column(name), c < row.fields.count else { return "" }
        return row.fields[c].trimmed
      }
      let email = emailColumn < row.fields.count ? row.fields[emailColumn].trimmed.lowercased() : ""
      guard Self.looksLikeAddress(email) else {
        throw FileError(path: path, line: row.line, reason: "\"\(email)\" is not an email address")
      }
      var personal: [String] = []
      for p in cell("personal_emails").split(whereSeparator: { $0 == ";" || $0 == "," }) {
        let address = String(p).trimmed.lowercased()
        guard Self.looksLikeAddress(address) else {
          throw FileError(path: path, line: row.line, reason: "personal address \"\(address)\" is not an email address")
        }
        personal.append(address)
      }
      let title = cell("title")
      let flag = cell("executive").lowercased()
      employees.append(
        Employee(
          email: email, familyName: cell("family_name"), givenName: cell("given_name"),
          familyLatin: cell("family_name_latin").lowercased(), givenLatin: cell("given_name_latin").lowercased(),
          title: title, personalEmails: personal,
          isExecutive: ["true", "yes", "1"].contains(flag) || Employee.isExecutiveTitle(title),
          language: try Self.language(cell("language"), path: path, line: row.line)))
    }
    return Directory(employees: employees)
  }

  /// The languages becscope writes to people in (answers to reporters): `en`, `ja`.
  public static let languages = ["en", "ja"]

  /// A `language` cell: empty (the organisation's default), or one of ``languages``.
  static func language(_ cell: String, path: String, line: Int) throws(FileError) -> String? {
    let value = cell.lowercased()
    guard !value.isEmpty else { return nil }
    guard languages.contains(value) else {
      throw FileError(
        path: path, line: line, reason: "language \"\(cell)\" is not one of \(languages.joined(separator: ", "))")
    }
    return value
  }

  static func looksLikeAddress(_ s: String) -> Bool {
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(Character(".")) && !s.contains(Character(" "))
  }
}

/// A minimal RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. Used for
/// the employee directory and the analyst's exposure file.
public enum CSV {
  public struct Row: Sendable {
    /// The line the row starts on (1-based).
    public var line: Int
    public var fields: [String]
  }

  /// Why a CSV file cannot be read, with the line.
  public struct Problem: Error, Sendable {
    public var line: Int
    public var reason: String
  }

  /// The file's bytes as text: UTF-8 (a leading BOM dropped), or the line of the first byte
  /// that is not UTF-8.
  public static func text(_ bytes: [UInt8]) throws(Problem) -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var text = String.UnicodeScalarView()
    var decoder = UTF8()
    var bytes = body.makeIterator()
    var line = 1
    while true {
      switch decoder.decode(&bytes) {
      case .scalarValue(let u):
        if u == "\n" { line += 1 }
        text.append(u)
      case .emptyInput: return String(text)
      case .error: throw Problem(line: line, reason: "not UTF-8 text (save the file as UTF-8)")
      }
    }
  }

  /// The rows of an RFC 4180 text; a quoted field left open is an error naming its line.
  public static func rows(_ text: String) throws(Problem) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var chars = Array(text)
    chars.append("\n")
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            quoted = false
          }
        } else {
          if c == "\n" { line += 1 }
          field.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        quoted = true
      } else if c == "," {
        fields.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        fields.append(field)
        field = ""
        if !(fields.count == 1 && fields[0].isEmpty) || i < chars.count - 1 {
          rows.append(Row(line: rowLine, fields: fields))
        }
        fields = []
        line += 1
        rowLine = line
      } else if c != "\r" {
        field.append(c)
      }
      i += 1
    }
    if quoted { throw Problem(line: rowLine, reason: "a quoted field that starts here is never closed") }
    return rows.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
  }
}
