/// Decompresses the RTF body of an Outlook message (`PR_RTF_COMPRESSED`, MS-OXRTFCP).
///
/// The format is LZ77 over a 4,096-byte ring dictionary pre-loaded with common RTF. Output is
/// bounded by the declared raw size and by `limit`, so a crafted stream cannot expand without end.
public enum CompressedRTF {
  /// The dictionary's initial content (MS-OXRTFCP section 2.1.3.1.1).
  static let initialDictionary: [UInt8] = Array(
    ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
      + "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
      + "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx").utf8)

  /// The RTF text, or an error saying why the stream cannot be read.
  public static func decompress(_ data: [UInt8], limit: Int = 64 << 20) throws(OutlookError) -> [UInt8] {
    guard data.count >= 16 else { throw OutlookError("compressed RTF shorter than its 16-byte header") }
    let compressedSize = Int(CompoundFile.u32(data, 0))
    let rawSize = Int(CompoundFile.u32(data, 4))
    let type = CompoundFile.u32(data, 8)
    let end = min(data.count, compressedSize + 4)
    switch type {
    case 0x414C_454D:  // "MELA": stored uncompressed
      return Array(data[16..<max(16, min(end, 16 + rawSize, 16 + limit))])
    case 0x7546_5A4C:  // "LZFu"
      break
    default:
      throw OutlookError("compressed RTF of unknown type 0x\(String(type, radix: 16))")
    }
    let cap = min(rawSize, limit)
    var dictionary = [UInt8](repeating: 0, count: 4096)
    for (i, b) in initialDictionary.enumerated() { dictionary[i] = b }
    var write = initialDictionary.count
    var out: [UInt8] = []
    out.reserveCapacity(min(cap, 1 << 20))
    var i = 16
    decoding: while i < end && out.count < cap {
      let control = data[i]
      i += 1
      for bit in 0..<8 {
        guard i < end, out.count < cap else { break decoding }
        if control & (1 << bit) == 0 {
          let b = data[i]
          i += 1
          out.append(b)
          dictionary[write] = b
          write = (write + 1) & 0xFFF
        } else {
          guard i + 1 < end else { break decoding }
          let word = Int(data[i]) << 8 | Int(data[i + 1])
          i += 2
          let offset = word >> 4
          let length = (word & 0xF) + 2
          if offset == write { break decoding }
          for k in 0..<length where out.count < cap {
            let b = dictionary[(offset + k) & 0xFFF]
            out.append(b)
            dictionary[write] = b
            write = (write + 1) & 0xFFF
          }
        }
      }
    }
    return out
  }
}
