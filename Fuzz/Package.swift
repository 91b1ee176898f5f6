// swift-tools-version: 6.0
// libFuzzer targets for every parser entry point. Built on its own so the product never
// carries fuzzing flags:
//   swift build -c release --sanitize=fuzzer --sanitize=address --product FuzzMessage
//   SWIFT_BACKTRACE=enable=no .build/release/FuzzMessage -timeout=5 -rss_limit_mb=2048 corpus/message
// See docs/fuzzing.md.
import PackageDescription

let targets = [
  "FuzzMessage", "FuzzAddress", "FuzzDate", "FuzzContentType", "FuzzHeaderText", "FuzzMessageID", "FuzzMbox",
  "FuzzReceived", "FuzzDKIM", "FuzzDNS", "FuzzMMDB", "FuzzIntel", "FuzzEscape", "FuzzOutlook", "FuzzForward",
  "FuzzZip", "FuzzIMAP",
]

let package = Package(
  name: "becscope-fuzz",
  dependencies: [.package(name: "becscope", path: "..")],
  targets: targets.map { name in
    .executableTarget(
      name: name,
      dependencies: [
        .product(name: "MailCore", package: "becscope"), .product(name: "Reporting", package: "becscope"),
        .product(name: "Analysis", package: "becscope"), .product(name: "DNSClient", package: "becscope"),
        .product(name: "Intelligence", package: "becscope"), .product(name: "IMAPProtocol", package: "becscope"),
      ],
      path: "Sources/\(name)"
    )
  },
  swiftLanguageModes: [.v6]
)
