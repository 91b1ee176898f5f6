import ArgumentParser
import CaseStorage
import Foundation
import HummingbirdBcrypt

/// `becscope user`: who may sign in to the workbench.
struct UserCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user",
    abstract: "Add, list and remove the workbench's users, and change their passwords.",
    discussion: """
      Users live in the case store (the workbench's SQLite file, or the team's PostgreSQL database), with a role: viewer (reads cases), analyst (also adds notes and changes cases) or admin (also manages users). Passwords are read from standard input (one line) or $BECSCOPE_PASSWORD, never from the command line, and stored as bcrypt hashes (cost 12).

      Examples:
        becscope user add hana --role admin < password.txt
        BECSCOPE_PASSWORD=… becscope user passwd hana
        becscope user list --json
      """,
    subcommands: [Add.self, List.self, Remove.self, Passwd.self]
  )

  /// The password: `$BECSCOPE_PASSWORD`, else the first line of standard input; at least 12
  /// characters.
  static func password() -> String {
    let text =
      ProcessInfo.processInfo.environment["BECSCOPE_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (readLine(strippingNewline: true) ?? "")
    guard text.count >= 12 else {
      CommandSupport.fail(
        "a password of at least 12 characters is needed, on standard input or in $BECSCOPE_PASSWORD", code: 64)
    }
    return text
  }

  static func name(_ raw: String) throws -> String {
    let name = raw.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, name.count <= 64,
      name.unicodeScalars.allSatisfy({
        $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0))
      })
    else {
      throw ValidationError("a user name is 1 to 64 letters, digits, '.', '_', '-' or '@'")
    }
    return name
  }

  static func storeCall<T>(_ body: () async throws(StoreError) -> T) async -> T {
    do {
      return try await body()
    } catch {
      CommandSupport.fail(error.description, code: 1)
    }
  }

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add a user (the password from standard input).")
    @Argument(help: "The user name.") var name: String
    @Option(help: "viewer, analyst or admin.") var role: RoleOption = .analyst
    @OptionGroup var location: DataOptions

    func run() async throws {
      let name = try UserCommand.name(name)
      let users = await location.open()
      let hash = Bcrypt.hash(UserCommand.password(), cost: 12)
      let added = await storeCall { () async throws(StoreError) in
        try await users.addUser(UserRecord(name: name, role: role.value, passwordHash: hash))
      }
      guard added else { CommandSupport.fail("user \(name) exists; use `becscope user passwd` to change it", code: 1) }
      CommandSupport.status("added \(name) (\(role.rawValue))")
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the users and their roles.")
    @Flag(help: "One JSON object.") var json = false
    @OptionGroup var location: DataOptions

    func run() async throws {
      let users = await location.open()
      let list = await storeCall { () async throws(StoreError) in try await users.users() }
      let f = ISO8601DateFormatter()
      if json {
        let items = list.map {
          ["name": $0.name, "role": $0.role.rawValue, "created_at": f.string(from: $0.createdAt)]
        }
        let data = try JSONSerialization.data(withJSONObject: ["users": items], options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
      } else {
        for u in list { print("\(u.name)\t\(u.role.rawValue)\t\(f.string(from: u.createdAt))") }
        if list.isEmpty { CommandSupport.status("no user yet: `becscope user add NAME --role admin`") }
      }
    }
  }

  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove a user.")
    @Argument(help: "The user name.") var name: String
    @OptionGroup var location: DataOptions

    func run() async throws {
      let users = await location.open()
      let removed = await storeCall { () async throws(StoreError) in try await users.removeUser(named: name) }
      guard removed else { CommandSupport.fail("no user \(name)", code: 1) }
      CommandSupport.status("removed \(name)")
    }
  }

  struct Passwd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change a user's password (from standard input).")
    @Argument(help: "The user name.") var name: String
    @OptionGroup var location: DataOptions

    func run() async throws {
      let users = await location.open()
      let hash = Bcrypt.hash(UserCommand.password(), cost: 12)
      let changed = await storeCall { () async throws(StoreError) in try await users.setPasswordHash(hash, for: name) }
      guard changed else { CommandSupport.fail("no user \(name)", code: 1) }
      CommandSupport.status("changed the password of \(name)")
    }
  }
}

/// `--role`.
enum RoleOption: String, ExpressibleByArgument, CaseIterable {
  case viewer, analyst, admin
  var value: UserRecord.Role { UserRecord.Role(rawValue: rawValue)! }
}
