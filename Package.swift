// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "becscope",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "becscope", targets: ["becscope"]),
    .library(name: "MailCore", targets: ["MailCore"]),
    .library(name: "Reporting", targets: ["Reporting"]),
    .library(name: "Analysis", targets: ["Analysis"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(
      name: "MailCore",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(
      name: "Analysis",
      dependencies: ["MailCore"]
    ),
    .target(
      name: "Reporting",
      dependencies: ["MailCore"]
    ),
    .executableTarget(
      name: "becscope",
      dependencies: [
        "MailCore",
        "Reporting",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "MailCoreTests",
      dependencies: ["MailCore", "Reporting"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "AnalysisTests",
      dependencies: ["Analysis", "MailCore"]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["becscope"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
