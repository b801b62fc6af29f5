import FuzzSupport
import Gonghui

/// The quantity finder on any text, normalised or not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let recognizer = Fuzz.dictionaries.quantityRecognizer
    let quantities = recognizer.quantities(in: UTF16Text(Fuzz.text(data, size)))
    // Every quantity lies inside the text.
    let length = Fuzz.text(data, size).utf16.count
    for q in quantities where q.range.lowerBound < 0 || q.range.upperBound > length { fatalError("quantity outside the text: \(q.range)") }
    return 0
}

Fuzz.run()
