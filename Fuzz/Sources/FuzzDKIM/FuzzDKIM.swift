import Analysis
import DNSClient
import MailCore

/// DKIM-Signature tags, canonicalization and verification of the input read as a message,
/// with the test keys of Tests/AnalysisTests/Fixtures/dkim answering every selector (so verification runs to the end).
struct AnyKey: TXTLookup {
  func txt(_ name: String) throws(DNSLookupError) -> [String] {
    if name.hasPrefix("e") {
      return ["v=DKIM1; k=ed25519; p=gpEfkvzN9O+W7ic0E9TM5BUv4RDk4/T2I27vRDphX+s="]
    }
    return [
      "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDc4YN/F6ULmTd35zTrC8yRT5p9L9lvzpSl4gPPv0/0hp3WqsVIoqRQ/0gc9jijKq6+b7TsewmQnnaGpIvIUrM81QfC5JkpfMIIHpVjOJu1ZrE8P9u/pH5TnH7eFQAEEn86XoSJ1Lkco7NXAaP9ok9vkc9iYaQNDjVUUQb6gPKIJwIDAQAB"
    ]
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDKIM(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? DKIMSignature.parse(String(decoding: bytes, as: UTF8.self))
  let message = MessageParser(limits: .strict).parse(bytes)
  for result in DKIMVerifier(lookup: AnyKey()).verify(message) {
    precondition(["pass", "fail", "neutral", "temperror", "permerror", "none"].contains(result.result))
  }
  return 0
}
