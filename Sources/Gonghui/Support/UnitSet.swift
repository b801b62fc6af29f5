/// A set of UTF-16 code units as a 64K-bit map: membership is one load and a mask.
///
/// Character classes are asked about for every character of every document (is this a
/// surname, a sentence end, a frequent hanzi?); Set<UInt16> hashes each question with SipHash.
public struct UnitSet: Sendable, Hashable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 1024)
    public private(set) var count = 0

    public init() {}

    public init(arrayLiteral units: UInt16...) { for u in units { insert(u) } }

    public init<S: Sequence>(_ units: S) where S.Element == UInt16 { for u in units { insert(u) } }

    /// The units of a string's characters.
    public init(_ characters: String) { self.init(characters.utf16) }

    @inline(__always) public func contains(_ u: UInt16) -> Bool {
        bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0
    }

    public mutating func insert(_ u: UInt16) {
        if !contains(u) { count += 1 }
        bits[Int(u >> 6)] |= 1 << UInt64(u & 63)
    }

    public var isEmpty: Bool { count == 0 }
}
