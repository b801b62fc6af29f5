import FuzzSupport
import Gonghui

/// The whole pipeline to records on any text; every record's offsets lie inside the document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = try? Fuzz.pipeline.document(bytes: Array(Fuzz.text(data, size).utf8), path: "fuzz.txt") else { return 0 }
    let records = Fuzz.pipeline.extractRecords(from: document)
    let scalars = document.text.string.unicodeScalars.count
    for r in records where r.start < 0 || r.end > scalars || r.start > r.end { fatalError("record outside the text: \(r.start)..<\(r.end)") }
    return 0
}

Fuzz.run()
