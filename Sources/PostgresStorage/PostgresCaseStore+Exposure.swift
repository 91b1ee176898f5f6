import CaseStorage
import Foundation
import PostgresNIO

extension PostgresCaseStore {
  public func addExposure(_ finding: ExposureFinding) async throws(StoreError) -> Bool {
    try await run("recording an exposure finding") {
      try await client.withTransaction(logger: logger) { connection in
        try await self.requireCase(finding.caseID, on: connection)
        let rows = try await connection.query(
          """
          INSERT INTO exposure (case_id, employee, platform, url, note, user_name, at)
          VALUES (\(finding.caseID), \(finding.employee), \(finding.platform), \(finding.url), \(finding.note),
            \(finding.user), \(finding.at))
          ON CONFLICT (case_id, employee, platform, url) DO NOTHING RETURNING id
          """, logger: self.logger)
        return try await self.rowCount(rows) > 0
      }
    }
  }

  public func exposure(in caseID: String) async throws(StoreError) -> [ExposureFinding] {
    try await run("reading the exposure findings") {
      var out: [ExposureFinding] = []
      for try await (employee, platform, url, note, user, at) in try await client.query(
        "SELECT employee, platform, url, note, user_name, at FROM exposure WHERE case_id = \(caseID) ORDER BY id",
        logger: logger
      ).decode((String, String, String, String, String, Date).self) {
        out.append(
          ExposureFinding(
            caseID: caseID, employee: employee, platform: platform, url: url, note: note, user: user, at: at))
      }
      return out
    }
  }
}
