import ArgumentParser
import CaseStorage
import Foundation
import Workbench

/// `becscope token`: API tokens for scripts that use the workbench's `/api/v1`.
struct TokenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "token",
    abstract: "Make, list and revoke API tokens for the workbench's API.",
    discussion: """
      A token acts for a user, with that user's role; a read token only reads. Scripts send it as `Authorization: Bearer bsk_…`. The token is printed once, on standard output, and only its SHA-256 is stored: keep it in your secret store. Signed-in users can also make their own with POST /api/v1/tokens.

      Examples:
        becscope token add hana --label "SOAR playbook" --scope write > hana.token
        becscope token list --json
        becscope token revoke 3f9c0a1b2c3d4e5f
      """,
    subcommands: [Add.self, List.self, Revoke.self]
  )

  struct Add: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make a token for a user; prints it (once) on standard output.")
    @Argument(help: "The user the token acts for.") var user: String
    @Option(help: "What the token is for (shown in lists and the audit log).") var label: String
    @Option(help: "read or write.") var scope: ScopeOption = .read
    @OptionGroup var location: DataOptions

    func run() async throws {
      let store = await location.open()
      guard await UserCommand.storeCall({ () async throws(StoreError) in try await store.user(named: user) }) != nil
      else {
        CommandSupport.fail("no user \(user); add one with `becscope user add`", code: 1)
      }
      let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !label.isEmpty, label.count <= 200 else { throw ValidationError("a label is 1 to 200 characters") }
      let made = APIToken.make(user: user, label: label, scope: scope.value)
      _ = await UserCommand.storeCall { () async throws(StoreError) in try await store.addToken(made.record) }
      await UserCommand.storeCall { () async throws(StoreError) in
        try await store.record(
          AuditEntry(user: "(command line)", action: "token-created", detail: "\(made.record.id) for \(user) \(label)"))
      }
      print(made.token)
      CommandSupport.status("made token \(made.record.id) for \(user) (\(scope.rawValue)); it is not shown again")
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the tokens (never their secrets).")
    @Option(help: "Only this user's.") var user: String?
    @Flag(help: "One JSON object.") var json = false
    @OptionGroup var location: DataOptions

    func run() async throws {
      let store = await location.open()
      let tokens = await UserCommand.storeCall { () async throws(StoreError) in try await store.tokens(of: user) }
      let f = ISO8601DateFormatter()
      if json {
        let items = tokens.map { t -> [String: Any] in
          var item: [String: Any] = [
            "id": t.id, "user": t.user, "label": t.label, "scope": t.scope.rawValue,
            "created_at": f.string(from: t.createdAt),
          ]
          if let revoked = t.revokedAt { item["revoked_at"] = f.string(from: revoked) }
          return item
        }
        let data = try JSONSerialization.data(withJSONObject: ["tokens": items], options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
      } else {
        for t in tokens {
          let state = t.revokedAt.map { "revoked \(f.string(from: $0))" } ?? "active"
          print("\(t.id)\t\(t.user)\t\(t.scope.rawValue)\t\(state)\t\(t.label)")
        }
        if tokens.isEmpty { CommandSupport.status("no token yet: `becscope token add USER --label …`") }
      }
    }
  }

  struct Revoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Revoke a token: it stops working at once.")
    @Argument(help: "The token's id (the part after bsk_, before the next _).") var id: String
    @OptionGroup var location: DataOptions

    func run() async throws {
      let store = await location.open()
      let revoked = await UserCommand.storeCall { () async throws(StoreError) in try await store.revokeToken(id: id) }
      guard revoked else { CommandSupport.fail("no active token \(id)", code: 1) }
      await UserCommand.storeCall { () async throws(StoreError) in
        try await store.record(AuditEntry(user: "(command line)", action: "token-revoked", detail: id))
      }
      CommandSupport.status("revoked \(id)")
    }
  }
}

/// `--scope`.
enum ScopeOption: String, ExpressibleByArgument, CaseIterable {
  case read, write
  var value: APITokenRecord.Scope { APITokenRecord.Scope(rawValue: rawValue)! }
}
