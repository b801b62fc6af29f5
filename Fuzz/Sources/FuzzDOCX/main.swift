import FuzzSupport
import Gonghui

/// Any bytes as a .docx file: a text or a one-line error, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? Fuzz.ingestor.read(bytes: Fuzz.bytes(data, size), path: "fuzz.docx")
    return 0
}

Fuzz.run()
