import Analysis
import ArgumentParser
import DNSClient
import Foundation
import MailCore
import Reporting

/// Wiring shared by the subcommands: inputs, errors, output.
enum CommandSupport {
  /// Expands the inputs and the `--list` file; exits 66 with one line when one cannot be read.
  static func sources(inputs: [String], list: String?) throws -> [InputSource] {
    var paths = inputs
    if let list {
      guard let data = FileManager.default.contents(atPath: list) else {
        fail("cannot read the list file \(list)", code: 66)
      }
      for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
        let path = line.trimmingCharacters(in: .whitespaces)
        if !path.isEmpty { paths.append(path) }
      }
    }
    do {
      return try InputSource.expand(paths)
    } catch {
      fail("\(error)", code: 66)
    }
  }

  /// Loads `--org` when given; exits 66 when it cannot be read, 64 when it is invalid.
  static func profile(_ path: String?) throws -> OrganizationProfile? {
    guard let path else { return nil }
    do {
      return try OrganizationProfile.load(path: path)
    } catch {
      fail("\(error)", code: error.exitStatus)
    }
  }

  /// One JSON object on one line (JSON Lines when there are several).
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// A progress or summary line on standard error (standard output carries the results).
  static func status(_ message: String) {
    FileHandle.standardError.write(Data("becscope: \(Inert.text(message))\n".utf8))
  }

  /// The analyzer `analyze` and `investigate` share: DKIM through `--dns` or the system's
  /// resolver unless offline.
  static func analyzer(profile: OrganizationProfile?, offline: Bool, dns: String?) throws -> Analyzer {
    var verifier: DKIMVerifier? = nil
    if !offline {
      if let dns {
        do {
          verifier = DKIMVerifier(lookup: CachingTXTLookup(try DNSResolver(server: dns)))
        } catch {
          throw ValidationError("--dns \(dns): \(error)")
        }
      } else if let system = DNSResolver.system() {
        verifier = DKIMVerifier(lookup: CachingTXTLookup(system))
      }
    }
    var configured = Analyzer(profile: profile, dkimVerifier: verifier)
    if !offline && verifier == nil { configured.dkimNotCheckedReason = "not checked (no DNS server found)" }
    return configured
  }

  /// All of standard input as text (invalid UTF-8 repaired).
  static func standardInput() -> String {
    String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
  }

  static func warn(_ message: String) {
    FileHandle.standardError.write(Data("becscope: error: \(Inert.text(message))\n".utf8))
  }

  static func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("becscope: error: \(Inert.text(message))\n".utf8))
    Foundation.exit(code)
  }
}

/// Buffered standard output.
final class StandardOutput {
  private var buffer: [UInt8] = []

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

/// A progress line on standard error for long runs, only when it is a terminal.
final class Progress {
  private let total: Int
  private let enabled: Bool
  private var last = Date()

  init(total: Int) {
    self.total = total
    enabled = total > 50 && isatty(2) == 1
  }

  func update(_ done: Int) {
    guard enabled, Date().timeIntervalSince(last) > 0.5 else { return }
    last = Date()
    FileHandle.standardError.write(Data("\r\(done)/\(total) inputs…".utf8))
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\(total)/\(total) inputs   \n".utf8))
  }
}
