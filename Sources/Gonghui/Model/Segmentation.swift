/// A word of the normalised text: a range and what kind of word it is.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Han words and other letters.
        case word
        /// A number, with its 万/亿 multiplier when it has one (20.5万).
        case number
        /// ASCII letters and digits mixed (ISO9001, 5G).
        case latin
        /// Punctuation and symbols.
        case punctuation
        /// Spaces and tabs; not printed.
        case space
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// A sentence: a range of the text and the range of its tokens in `Segmentation.tokens`.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    public var tokens: Range<Int>

    public init(range: Range<Int>, tokens: Range<Int>) {
        self.range = range
        self.tokens = tokens
    }
}

/// The segment stage's output: sentences, and the words of all sentences in one array.
public struct Segmentation: Sendable {
    public var sentences: [Sentence]
    public var tokens: [Token]

    public init(sentences: [Sentence], tokens: [Token]) {
        self.sentences = sentences
        self.tokens = tokens
    }
}
