import ArgumentParser
import CaseStorage
import Foundation
import Investigation
import PostgresStorage
import Reporting

/// Where a command keeps its cases: `--store`, else `$BECSCOPE_STORE`, else the command's own
/// default (CaseStorage's `StoreLocation` says which kind a location is).
extension StoreLocation {
  /// `--store`, else `$BECSCOPE_STORE`, else `fallback`.
  static func resolve(_ option: String?, fallback: String) -> String {
    option ?? ProcessInfo.processInfo.environment["BECSCOPE_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
  }

  /// Opens (creating and migrating as needed) the store at `location`, or exits with the
  /// store error's status.
  static func open(_ location: String) async -> any CaseStore {
    if isPostgres(location) { return await openPostgres(location) }
    do {
      return try SQLiteCaseStore(path: location)
    } catch {
      let failure = CaseError(store: error, "opening the store")
      CommandSupport.fail(failure.description, code: failure.exitStatus)
    }
  }

  /// Opens a PostgreSQL store (cases, and the intelligence cache and audit log), or exits.
  static func openPostgres(_ url: String) async -> PostgresCaseStore {
    do {
      return try await PostgresCaseStore(url: url)
    } catch {
      let failure = CaseError(store: error, "opening the store")
      CommandSupport.fail(failure.description, code: failure.exitStatus)
    }
  }
}

/// `becscope store`: the case store itself.
struct StoreCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Create, migrate and check a case store (SQLite file or PostgreSQL).",
    discussion: """
      A case store keeps cases, their messages (raw bytes, stored once), the analyses by analysis version, the campaigns of each case's latest build and the analysts' notes. An SQLite file needs no set-up; a team shares one PostgreSQL database (postgres://user@host:port/db; the password from ~/.pgpass is not read: give it in the URL or use trust/peer authentication).

      Examples:
        becscope store migrate --store cases.sqlite
        becscope store check --store postgres://becscope@db.internal:5432/becscope --json
      """,
    subcommands: [Migrate.self, Check.self]
  )

  struct Location: ParsableArguments {
    @Option(
      help: ArgumentHelp(
        "The store: an SQLite file, or postgres://user@host:port/db. Default: $BECSCOPE_STORE, else ./case.sqlite.",
        valueName: "PATH|URL"))
    var store: String?

    var resolved: String { StoreLocation.resolve(store, fallback: "case.sqlite") }
  }

  struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create the store if needed and apply the migrations it lacks (every command does this too).")

    @OptionGroup var location: Location

    func run() async throws {
      let store = await StoreLocation.open(location.resolved)
      do {
        let check = try await store.check()
        print(
          "\(Inert.text(store.location)): schema up to date (\(check.migrations.count) migration(s): \(check.migrations.last ?? "none"))"
        )
      } catch {
        let failure = CaseError(store: error, "checking the store")
        CommandSupport.fail(failure.description, code: failure.exitStatus)
      }
    }
  }

  struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check the store's integrity and schema, and list its cases.",
      discussion: "Exit status 0 when the database's own check finds nothing, 65 when it finds damage.")

    @OptionGroup var location: Location

    @Flag(help: "Write JSON (keys: store, migrations, integrity, cases, messages, case_list).")
    var json = false

    func run() async throws {
      let store = await StoreLocation.open(location.resolved)
      let check: StoreCheck
      let cases: [CaseRecord]
      do {
        check = try await store.check()
        cases = try await store.cases()
      } catch {
        let failure = CaseError(store: error, "checking the store")
        CommandSupport.fail(failure.description, code: failure.exitStatus)
      }
      if json {
        struct Output: Encodable {
          var store: String
          var migrations: [String]
          var integrity: String
          var cases: Int
          var messages: Int
          var case_list: [Item]
          struct Item: Encodable {
            var id, title, status: String
            var owner: String?
            var updated_at: String
          }
        }
        let f = ISO8601DateFormatter()
        print(
          try CommandSupport.json(
            Output(
              store: store.location, migrations: check.migrations, integrity: check.integrity, cases: check.cases,
              messages: check.messages,
              case_list: cases.map {
                .init(
                  id: $0.id, title: $0.title, status: $0.status.rawValue, owner: $0.owner,
                  updated_at: f.string(from: $0.updatedAt))
              })))
      } else {
        print("store: \(Inert.text(store.location))")
        print("schema: \(check.migrations.count) migration(s), latest \(check.migrations.last ?? "none")")
        print("integrity: \(Inert.text(check.integrity))")
        print("\(check.cases) case(s), \(check.messages) message(s)")
        for c in cases {
          print(Inert.text("  \(c.id)  \(c.status.rawValue)  \(c.title)\(c.owner.map { " (\($0))" } ?? "")"))
        }
      }
      if check.integrity != "ok" { throw ExitCode(65) }
    }
  }
}
