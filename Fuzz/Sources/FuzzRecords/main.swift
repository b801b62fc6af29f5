import FuzzSupport
import Gonghui

/// The whole pipeline to records on any text, read whole and in windows of 96 units: every
/// record's surface is the text at its offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(Fuzz.text(data, size).utf8)
    for pipeline in [Fuzz.pipeline, Fuzz.windowed] {
        guard let document = try? pipeline.document(bytes: bytes, path: "fuzz.txt") else { return 0 }
        let records = pipeline.extractRecords(from: document)
        let scalars = Array(document.text.string.unicodeScalars)
        for r in records {
            guard r.start >= 0, r.end <= scalars.count, r.start <= r.end else { fatalError("record outside the text: \(r.start)..<\(r.end)") }
            var surface = ""
            surface.unicodeScalars.append(contentsOf: scalars[r.start..<r.end])
            if surface != r.surface { fatalError("surface \(r.surface) is not the text at \(r.start)..<\(r.end): \(surface)") }
        }
    }
    return 0
}

Fuzz.run()
