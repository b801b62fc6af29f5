/// The kinds of words a `kind<TAB>word` dictionary file declares (structure-words.tsv,
/// union-words.tsv, function-words.tsv): one enum per file, its cases numbered in order (so
/// that a kind's words are found by index, not by hashing its name), with the names a user
/// writes in `names`.
public protocol WordKind: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == Int {
    /// The kinds' names in the file, in case order.
    static var names: [String] { get }
}

extension WordKind {
    /// The kind's name in its file.
    public var name: String { Self.names[rawValue] }
}

/// A dictionary of words sorted by kind, read from a `kind<TAB>word` file and searched as
/// UTF-16 over short stretches of text.
///
/// Several stages read small closed lists of words (the headings that open a plan, the words
/// that make a union the one deferred to): keeping them in files lets an analyst extend them
/// without touching code, and one loader reports every bad line the same way.
public struct WordKinds<Kind: WordKind>: Sendable {
    /// Per kind (by raw value), its words as UTF-16, longest first.
    let words: [[[UInt16]]]

    /// Reads `file`; every kind not in `optional` must have at least one word, and every word
    /// of a kind in `oneCharacter` must be one character (one UTF-16 unit: such kinds are asked
    /// about one code unit at a time).
    init(_ file: DictionaryFile, optional: Set<Kind> = [], oneCharacter: Set<Kind> = []) throws(GonghuiError) {
        precondition(Kind.names.count == Kind.allCases.count, "\(Kind.self): a name for every kind")
        var words = [[[UInt16]]](repeating: [], count: Kind.names.count)
        var seen: [String: Int] = [:]
        for line in file.lines {
            try file.require(line, fields: 2)
            guard let kind = Kind.allCases.first(where: { $0.name == line.fields[0] }) else {
                throw file.error(line, "unknown kind \(line.fields[0]) (\(Kind.allCases.map(\.name).joined(separator: ", ")))")
            }
            // A word may hold a space (项 目): take the raw text after the tab.
            let word = String(line.text.drop { $0 != "\t" }.dropFirst())
            guard !word.isEmpty else { throw file.error(line, "empty word") }
            if oneCharacter.contains(kind), word.utf16.count != 1 {
                throw file.error(line, "a \(kind.name) word is one character, not \(word)")
            }
            try DictionaryFile.checkUnique(line.fields[0] + " " + word, line, in: &seen, file: file)
            words[kind.rawValue].append(Array(word.utf16))
        }
        for kind in Kind.allCases where words[kind.rawValue].isEmpty && !optional.contains(kind) {
            throw GonghuiError(.dictionary, "\(file.displayName): no \(kind.name) words")
        }
        self.words = words.map { $0.sorted { $0.count > $1.count } }
    }

    subscript(_ kind: Kind) -> [[UInt16]] { words[kind.rawValue] }

    /// The one-character words of `kind`, as a set.
    func characters(_ kind: Kind) -> UnitSet { UnitSet(self[kind].filter { $0.count == 1 }.map { $0[0] }) }

    /// The words of `kind` as strings.
    func strings(_ kind: Kind) -> [String] { self[kind].map { String(decoding: $0, as: UTF16.self) } }

    /// True when one of the words of `kind` occurs in `r`.
    func contains(_ kind: Kind, in u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        CodeUnit.contains(self[kind], in: u, r)
    }

    /// True when `text` is, or contains, a word of `kind`.
    func contains(_ kind: Kind, in text: String) -> Bool {
        let t = Array(text.utf16)
        return t.withUnsafeBufferPointer { contains(kind, in: $0, 0..<$0.count) }
    }

    /// True when `text` is exactly a word of `kind`.
    func isWord(_ kind: Kind, _ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
        self[kind].contains { $0.count == r.count && $0.elementsEqual(u[r]) }
    }

    /// The length of the longest word of `kind` that `r` opens with, if any.
    func prefix(_ kind: Kind, of u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Int? {
        self[kind].first { w in w.count <= r.count && (0..<w.count).allSatisfy { u[r.lowerBound + $0] == w[$0] } }?.count
    }

    /// The longest word of `kind` that ends right before `end` and starts at or after `limit`.
    func ending(_ kind: Kind, before end: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        self[kind].first { w in end - w.count >= limit && (0..<w.count).allSatisfy { u[end - w.count + $0] == w[$0] } }
    }

    /// The longest word of `kind` that starts at `start` and ends at or before `limit`.
    func starting(_ kind: Kind, at start: Int, in u: UnsafeBufferPointer<UInt16>, limit: Int) -> [UInt16]? {
        self[kind].first { w in start + w.count <= limit && (0..<w.count).allSatisfy { u[start + $0] == w[$0] } }
    }
}
