/// The API's OpenAPI 3.1 document (`Sources/Workbench/Data/openapi.json`, compiled in), served
/// at `/api/v1/openapi.json` and checked against the server by schemathesis in CI.
enum OpenAPIDocument {
  static let json = ShippedDataFiles.files["openapi.json"] ?? ""
}
