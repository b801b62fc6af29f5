/// A regular expression of the dictionaries, compiled once per thread, tried only on lines
/// that contain one of its literal keys (RegexKeys).
final class ICURegexPattern {
    let regex: ICURegex
    let keys: [[UInt16]]
    init(_ pattern: String) throws(GonghuiError) {
        regex = try ICURegex(pattern)
        keys = RegexKeys.keys(pattern).map { Array($0.utf16) }
    }
    func matches(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        guard keys.isEmpty || CodeUnit.contains(keys, in: u, r) else { return false }
        return regex.matches(UnsafeBufferPointer(rebasing: u[r]))
    }
}
