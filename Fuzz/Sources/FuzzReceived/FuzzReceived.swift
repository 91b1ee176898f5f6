import Analysis
import MailCore

/// Received, Authentication-Results and Received-SPF values, and the whole header analysis
/// (chain, origin, authentication trust, consistency) of the input read as a message.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReceived(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let text = String(decoding: bytes, as: UTF8.self)
  let hop = ReceivedParser.parse(text)
  _ = hop.connectingIP?.isNonPublic
  _ = AuthenticationResults.parse(text)
  _ = AuthenticationResults.parse(text, arc: true)
  _ = ReceivedSPF.parse(text)
  _ = DomainName.registrable(text)
  let analysis = Analyzer().analyze(MessageParser(limits: .strict).parse(bytes), source: "fuzz")
  _ = analysis.iocs.map(\.defanged)
  return 0
}
