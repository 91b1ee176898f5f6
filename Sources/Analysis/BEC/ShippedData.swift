/// The detection data shipped with becscope (`Sources/Analysis/Data`): rules, cue tables, domain
/// and brand lists. It is compiled into the binary by the `EmbedData` build plugin, so a binary
/// copied anywhere still has it; there is no resource folder to lose.
public enum ShippedData {
  /// The names of the files compiled in, sorted.
  public static var names: [String] { ShippedDataFiles.files.keys.sorted() }

  /// The text of the shipped file `name` (e.g. `rules.yaml`). A file missing from the build
  /// stops the program with a message: becscope never runs without its detection data.
  public static func text(_ name: String) -> String {
    guard let text = ShippedDataFiles.files[name], !text.isEmpty else {
      broken(name, nil)
    }
    return text
  }

  /// Stops the program: the shipped data is part of the build, so this is a build defect.
  static func broken(_ name: String, _ error: (any Error)?) -> Never {
    fatalError(
      "becscope was built without valid detection data (\(name)\(error.map { ": \($0)" } ?? "")); rebuild it")
  }
}
