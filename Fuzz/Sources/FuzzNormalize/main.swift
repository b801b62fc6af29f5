import FuzzSupport
import Gonghui

/// Any text through decoding and normalisation to a document with its sentences.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? Fuzz.pipeline.document(bytes: Array(Fuzz.text(data, size).utf8), path: "fuzz.txt")
    return 0
}

Fuzz.run()
