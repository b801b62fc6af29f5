import FuzzSupport
import Gonghui

/// Any bytes as a .txt file: a text or a one-line error, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? Fuzz.ingestor.read(bytes: Fuzz.bytes(data, size), path: "fuzz.txt")
    return 0
}

Fuzz.run()
