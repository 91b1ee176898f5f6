// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "becscope",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "becscope", targets: ["becscope"]),
    .library(name: "MailCore", targets: ["MailCore"]),
    .library(name: "Reporting", targets: ["Reporting"]),
    .library(name: "Analysis", targets: ["Analysis"]),
    .library(name: "DNSClient", targets: ["DNSClient"]),
    .library(name: "Intelligence", targets: ["Intelligence"]),
    .library(name: "Investigation", targets: ["Investigation"]),
    .library(name: "SQLiteStore", targets: ["SQLiteStore"]),
    .library(name: "CaseStorage", targets: ["CaseStorage"]),
    .library(name: "PostgresStorage", targets: ["PostgresStorage"]),
    .library(name: "Workbench", targets: ["Workbench"]),
    .library(name: "IMAPClient", targets: ["IMAPClient"]),
    .library(name: "IMAPProtocol", targets: ["IMAPProtocol"]),
    .library(name: "ReportIntake", targets: ["ReportIntake"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    .target(
      name: "MailCore",
      dependencies: ["CZlib", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // The IMAP client of the report mailbox (and the SMTP client of the answers) on SwiftNIO:
    // a transport, beside MailCore, that knows nothing of mail's content.
    // The IMAP response grammar alone (no I/O): what the client reads, and what FuzzIMAP feeds.
    .target(
      name: "IMAPProtocol",
      dependencies: []
    ),
    .target(
      name: "IMAPClient",
      dependencies: [
        "IMAPProtocol",
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ]
    ),
    // zlib, for the deflated entries of a ZIP archive (an upload of a Maildir).
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "Analysis",
      dependencies: [
        "MailCore",
        "DNSClient",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ],
      // The detection data is compiled in (Plugins/EmbedData): a binary moved away from its
      // build folder keeps its rules and lists.
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .plugin(
      name: "EmbedData",
      capability: .buildTool(),
      exclude: ["embed.sh"]
    ),
    // The DNS stub resolver and the TXT-lookup port the DKIM verifier asks through: it depends
    // on nothing above MailCore, so Analysis can see the port and the CLI wires the resolver in.
    .target(
      name: "DNSClient",
      dependencies: ["MailCore"]
    ),
    .systemLibrary(
      name: "CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // The embedded SQLite database (a thin wrapper over the C API), below every stage that keeps
    // state: the intelligence cache and audit log, and the case store.
    .target(
      name: "SQLiteStore",
      dependencies: ["CSQLite"]
    ),
    // The case store seam: the `CaseStore` protocol, SQLite through GRDB (the default) and an
    // in-memory store; the backends pass one conformance suite (CaseStorageTests).
    .target(
      name: "CaseStorage",
      dependencies: ["MailCore", "SQLiteStore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The case store for teams: PostgreSQL through postgres-nio, in the same conformance suite.
    .target(
      name: "PostgresStorage",
      dependencies: [
        "CaseStorage", "MailCore", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(
      name: "Intelligence",
      dependencies: ["Analysis", "DNSClient", "CaseStorage", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "Investigation",
      dependencies: ["MailCore", "Analysis", "Intelligence", "CaseStorage"]
    ),
    .target(
      name: "Reporting",
      dependencies: ["MailCore", "Analysis", "Intelligence", "Investigation"]
    ),
    // The report mailbox: reports read over IMAP into a case through the case service.
    .target(
      name: "ReportIntake",
      dependencies: [
        "IMAPClient", "MailCore", "Analysis", "CaseStorage", "Investigation",
        .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    // The team's workbench in the browser (`becscope serve`): Hummingbird 2, pages from Mustache
    // templates whose escaping is Reporting's one layer, users from the case store.
    .target(
      name: "Workbench",
      dependencies: [
        "MailCore", "Investigation", "Reporting", "ReportIntake", "CaseStorage",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTLS", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      // The OpenAPI document is compiled in (Plugins/EmbedData).
      exclude: ["Data"],
      plugins: ["EmbedData"]
    ),
    .executableTarget(
      name: "becscope",
      dependencies: [
        "Workbench",
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        "MailCore",
        "Analysis",
        "DNSClient",
        "Intelligence",
        "Investigation",
        "Reporting",
        "CaseStorage",
        "PostgresStorage",
        "IMAPClient",
        "ReportIntake",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The case stores' intake benchmark (Benchmarks/StoreBench; docs/performance.md).
    .executableTarget(
      name: "store-bench",
      dependencies: ["CaseStorage", "PostgresStorage"],
      path: "Benchmarks/StoreBench"
    ),
    .testTarget(
      name: "IMAPClientTests",
      dependencies: [
        "IMAPProtocol", "IMAPClient", "ReportIntake", "Analysis", "CaseStorage", "Investigation", "MailCore",
      ]
    ),
    .testTarget(
      name: "MailCoreTests",
      dependencies: ["MailCore"],
      exclude: ["msg_agreement.py", "zip_fixtures.py"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "AnalysisTests",
      dependencies: ["Analysis", "MailCore", "DNSClient"],
      resources: [.copy("Fixtures")]
    ),
    .target(
      name: "TestSupport",
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "IntelligenceTests",
      dependencies: [
        "Intelligence", "Analysis", "DNSClient", "MailCore", "CaseStorage", "PostgresStorage", "TestSupport",
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "InvestigationTests",
      dependencies: [
        "Investigation", "Intelligence", "Analysis", "MailCore", "Reporting", "CaseStorage", "PostgresStorage",
        "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ReportingTests",
      dependencies: ["Reporting"]
    ),
    .testTarget(
      name: "CaseStorageTests",
      dependencies: ["CaseStorage", "PostgresStorage", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "WorkbenchTests",
      dependencies: [
        "Workbench",
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"), "CaseStorage", "Investigation", "Analysis",
        "MailCore", "Reporting", "ReportIntake",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["becscope", "TestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
