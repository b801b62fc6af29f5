/// Removes the pinyin and zhuyin readings that document-sharing sites insert after
/// characters: 會(huì)員 → 会员, 說(shuō )明 → 说明, 職(ㄓˊ)工 → 职工.
///
/// Only a parenthesis right after a Han character, holding one syllable (a valid pinyin
/// syllable with or without tone, or zhuyin symbols) and optional stray spaces, or a toned
/// reading of a whole word (校企(xiàoqǐ)), is removed, and a site's keyword tag in square
/// brackets (职工[ZhiGong]: letters that are one to four syllables); real parentheticals
/// (街道、园区), abbreviations (ICU) and numbering ((1)) are not syllables.
struct AnnotationRemover: Sendable {
    let syllables: Set<String>

    /// Tone-marked vowels and what they are without the tone.
    private static let toneless: [UInt16: UInt8] = {
        var t: [UInt16: UInt8] = [:]
        let groups: [(String, Character)] = [
            ("āáǎàɑ", "a"), ("ēéěèê", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"),
            ("ǖǘǚǜü", "v"), ("ńňǹ", "n"), ("ḿ", "m"),
        ]
        for (marked, base) in groups {
            for ch in marked { t[ch.utf16.first!] = base.asciiValue! }
        }
        return t
    }()

    func apply(_ u: [UInt16], map: OffsetMap) -> ([UInt16], OffsetMap) {
        var w = TextRewriter(u, map: map)
        var changed = false
        var i = 1
        while i < u.count {
            if u[i] == 0x28, u[i - 1] != 0x20, u[i - 1] != 0x0A, let (first, toned) = annotationEnd(u, open: i),
               toned || CodeUnit.isHan(u[i - 1]) {
                // 集(ji)(ji)團: a page that annotated twice.
                var end = first
                while end < u.count, u[end] == 0x28, let (next, _) = annotationEnd(u, open: end) { end = next }
                w.copy(upTo: i)
                w.skip(upTo: end)
                changed = true
                i = end
                continue
            }
            // 困难职工[ZhiGong]: a site's keyword tag, a word's toneless reading in square brackets.
            if u[i] == 0x5B, CodeUnit.isHan(u[i - 1]), let end = keywordTagEnd(u, open: i) {
                w.copy(upTo: i)
                w.skip(upTo: end)
                changed = true
                i = end
                continue
            }
            // A toned syllable whose opening parenthesis a broken page lost: ?dú) or 獨dú).
            if u[i] == 0x29, let start = orphanAnnotationStart(u, close: i) {
                w.copy(upTo: start)
                w.skip(upTo: i + 1)
                changed = true
                i += 1
                continue
            }
            i += 1
        }
        return changed ? w.finish() : (u, map)
    }

    /// The start of "?dú)" (or "dú)" after a Han character) ending at `close`.
    func orphanAnnotationStart(_ u: [UInt16], close: Int) -> Int? {
        var k = close - 1
        var hasTone = false
        while k >= 0 && close - k <= 7 {
            let c = u[k]
            if c >= 0x61 && c <= 0x7A { k -= 1; continue }
            if Self.toneless[c] != nil { hasTone = true; k -= 1; continue }
            break
        }
        guard hasTone, k >= 0, k < close - 1 else { return nil }
        if u[k] == 0x3F || u[k] == 0xFFFD { return k }
        if CodeUnit.isHan(u[k]) { return k + 1 }
        return nil
    }

    /// If `u[open]` opens an annotation, the offset just past its closing parenthesis, and
    /// whether the syllable carries a tone mark.
    func annotationEnd(_ u: [UInt16], open: Int) -> (Int, Bool)? {
        var letters: [UInt8] = []
        var zhuyin = 0
        var hasTone = false
        var i = open + 1
        while i < u.count && i - open <= Self.longestAnnotation {
            let c = u[i]
            if c == 0x29 { break }
            if c == 0x20 { i += 1; continue }
            if c >= 0x61 && c <= 0x7A { letters.append(UInt8(c)) }
            else if let base = Self.toneless[c] { letters.append(base); hasTone = true }
            else if c >= 0x31 && c <= 0x35 && !letters.isEmpty { hasTone = true }  // hui4
            else if (c >= 0x3105 && c <= 0x312F) || c == 0x02CA || c == 0x02C7 || c == 0x02CB || c == 0x02D9 { zhuyin += 1 }
            else { return nil }
            i += 1
        }
        guard i < u.count, u[i] == 0x29 else { return nil }
        if zhuyin > 0 { return letters.isEmpty ? (i + 1, true) : nil }
        guard !letters.isEmpty else { return nil }
        let syllable = String(decoding: letters, as: UTF8.self)
        // A toneless syllable is accepted only when it is a syllable; a toned one also must be.
        if syllables.contains(syllable) || (hasTone && syllables.contains(syllable.replacingV())) { return (i + 1, hasTone) }
        // 校企(xiàoqǐ): a toned reading of a whole word, syllable after syllable.
        guard hasTone, letters.count <= Self.longestAnnotation, splitsIntoSyllables(syllable.replacingV()) else { return nil }
        return (i + 1, true)
    }

    /// If `u[open]` opens a keyword tag ([ZhiGong]: letters only, one to four syllables), the
    /// offset just past its closing bracket.
    func keywordTagEnd(_ u: [UInt16], open: Int) -> Int? {
        var letters: [UInt8] = []
        var i = open + 1
        while i < u.count, i - open <= Self.longestAnnotation, u[i] != 0x5D {
            let c = u[i]
            if c >= 0x61 && c <= 0x7A { letters.append(UInt8(c)) } else if c >= 0x41 && c <= 0x5A { letters.append(UInt8(c + 0x20)) } else { return nil }
            i += 1
        }
        guard i < u.count, u[i] == 0x5D, !letters.isEmpty else { return nil }
        let word = String(decoding: letters, as: UTF8.self)
        return syllables.contains(word) || splitsIntoSyllables(word) ? i + 1 : nil
    }

    /// The longest annotation read (a word of four syllables, with spaces).
    static let longestAnnotation = 26
    /// The most syllables a word's reading holds.
    static let wordSyllables = 4

    /// `letters` is two to `wordSyllables` syllables one after another.
    func splitsIntoSyllables(_ letters: String) -> Bool {
        let chars = Array(letters)
        // reach[k]: the fewest syllables that make up chars[..<k].
        var reach = [Int?](repeating: nil, count: chars.count + 1)
        reach[0] = 0
        for start in 0..<chars.count {
            guard let n = reach[start], n < Self.wordSyllables else { continue }
            for end in (start + 1)...min(chars.count, start + 6) where syllables.contains(String(chars[start..<end])) {
                if reach[end].map({ n + 1 < $0 }) ?? true { reach[end] = n + 1 }
            }
        }
        return (reach[chars.count] ?? 0) >= 2
    }
}

private extension String {
    func replacingV() -> String { String(map { $0 == "v" ? "u" : $0 }) }
}
