import Foundation
import PackagePlugin

/// Compiles a module's data files (`Data/*.txt`, `*.yaml`, `*.json`) into it, so that a binary
/// moved away from its build folder still has them: Analysis's rules, cue tables, domain and
/// brand lists; the workbench's OpenAPI document. The work is done by `embed.sh` beside this
/// file.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let source = target as? SourceModuleTarget else { return [] }
    let data = source.directoryURL.appending(path: "Data")
    let inputs = try FileManager.default.contentsOfDirectory(at: data, includingPropertiesForKeys: nil)
      .filter { ["txt", "yaml", "json"].contains($0.pathExtension) }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let script = context.package.directoryURL.appending(path: "Plugins/EmbedData/embed.sh")
    let output = context.pluginWorkDirectoryURL.appending(path: "ShippedDataFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files of \(target.name)",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: [script.path, output.path] + inputs.map { $0.path },
        inputFiles: [script] + inputs,
        outputFiles: [output])
    ]
  }
}
