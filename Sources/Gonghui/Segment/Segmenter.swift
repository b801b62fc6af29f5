/// The segment stage: a normalised document in, sentences and words out.
///
/// Holds ICU break iterators, which are not thread-safe: use one Segmenter per thread.
public final class Segmenter {
    private let sentenceSegmenter: SentenceSegmenter
    private let wordSegmenter: WordSegmenter

    public init(dictionaries: Dictionaries) throws(GonghuiError) {
        sentenceSegmenter = try SentenceSegmenter(words: dictionaries.functionWords)
        wordSegmenter = try WordSegmenter(lexicon: dictionaries.lexicon, rules: dictionaries.segmentation, quantities: dictionaries.quantities)
    }

    /// Sentences only (cheap: no word break).
    public func sentences(_ text: UTF16Text) -> [Range<Int>] {
        sentenceSegmenter.sentences(text)
    }

    /// Sentences and their words.
    public func segment(_ text: UTF16Text) -> Segmentation {
        let ranges = sentenceSegmenter.sentences(text)
        let tokens = wordSegmenter.tokens(text.units)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var t = 0
        for r in ranges {
            while t < tokens.count && Int(tokens[t].end) <= r.lowerBound { t += 1 }
            let first = t
            while t < tokens.count && Int(tokens[t].start) < r.upperBound { t += 1 }
            sentences.append(Sentence(range: r, tokens: first..<t))
            // A token crossing the sentence end (rare) is also the next sentence's first.
            if t > first, Int(tokens[t - 1].end) > r.upperBound { t -= 1 }
        }
        return Segmentation(sentences: sentences, tokens: tokens)
    }
}
