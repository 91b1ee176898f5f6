import Foundation

/// The API's OpenAPI 3.1 document (`Sources/Workbench/Data/openapi.json`, compiled in), served
/// at `/api/v1/openapi.json` and checked against the server by schemathesis in CI.
enum OpenAPIDocument {
  static let json = ShippedDataFiles.files["openapi.json"] ?? ""
}

extension OpenAPIDocument {
  /// The API's paths as segments (`{id}` matches any one segment) and their methods, read from
  /// the document: the server answers a known path asked with another method with 405 and
  /// `Allow`, from this one source.
  static let routes: [(segments: [Substring], methods: [String])] = {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let paths = object["paths"] as? [String: [String: Any]]
    else { return [] }
    let verbs: Set<String> = ["get", "put", "post", "delete", "patch"]
    return paths.map { path, item in
      (path.split(separator: "/"), item.keys.filter { verbs.contains($0) }.map { $0.uppercased() }.sorted())
    }
  }()

  /// The methods the document gives `path`, or nil when it has no such path.
  static func methods(for path: String) -> [String]? {
    let asked = path.split(separator: "/")
    return routes.first { route in
      route.segments.count == asked.count
        && zip(route.segments, asked).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }?.methods
  }
}
