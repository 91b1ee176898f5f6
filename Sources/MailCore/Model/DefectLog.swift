/// Collects defects for one part while it is being parsed.
struct DefectLog {
  var partID: Int?
  var defects: [Defect] = []

  init(partID: Int?) {
    self.partID = partID
  }

  mutating func record(_ kind: Defect.Kind, offset: Int? = nil, detail: String = "") {
    // One entry per kind and detail is enough evidence; a crafted message must not grow this list without bound.
    if defects.count >= 64 { return }
    if defects.contains(where: { $0.kind == kind && $0.detail == detail }) { return }
    defects.append(Defect(kind, partID: partID, offset: offset, detail: detail))
  }
}
