/// Where a long text is cut into windows that are normalised and read one after another.
///
/// Every stage is linear in its input, but holds several arrays as long as it: a 20 MB
/// compilation read whole needed ten times its size in memory. Read in windows of a quarter of
/// a million UTF-16 units (about 750 KB of Chinese text, many times a long annual report), memory
/// is the text and the map plus one window's working set, whatever the size of the file.
///
/// A cut falls between paragraphs, so no stage loses what it reads around a figure (the clause,
/// the sentence, the paragraph, a table): at the last blank line before the limit, else at the
/// last line that ends a sentence, else at the last line break, else (one enormous line) at the
/// limit itself, never inside a surrogate pair.
public enum TextWindows {
    /// UTF-16 units a window holds at most (a cut falls at or before it).
    public static let limit = 1 << 18

    /// A window and the line breaks and blank lines after it that no window holds.
    public struct Cut: Sendable, Hashable {
        public var window: Range<Int>
        /// Where the next window starts (after the gap of line breaks and spaces at the cut).
        public var next: Int
    }

    /// The windows of `u`, in order; one window holding all of `u` when it is within `limit`.
    public static func cuts(_ u: UnsafeBufferPointer<UInt16>, limit: Int = TextWindows.limit) -> [Cut] {
        precondition(limit >= 64, "a window holds at least 64 units")
        var cuts: [Cut] = []
        var start = 0
        let n = u.count
        while n - start > limit {
            let end = cutPoint(u, from: start, limit: limit)
            var next = end
            while next < n, CodeUnit.isNewline(u[next]) || CodeUnit.isSpace(u[next]) || u[next] == 0x0D { next += 1 }
            cuts.append(Cut(window: start..<end, next: next))
            start = next
        }
        cuts.append(Cut(window: start..<n, next: n))
        return cuts
    }

    /// The end of the window that starts at `start`: a line break chosen as above.
    static func cutPoint(_ u: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> Int {
        let hard = start + limit
        // The search goes back at most half a window, so a window is never less than half full.
        let floor = start + limit / 2
        var lastBreak: Int?
        var sentenceEnd: Int?
        var i = hard
        while i > floor {
            i -= 1
            guard u[i] == 0x0A else { continue }
            if lastBreak == nil { lastBreak = i }
            // A blank line: this break follows another, with only spaces between.
            var k = i
            while k > floor, CodeUnit.isSpace(u[k - 1]) || u[k - 1] == 0x0D { k -= 1 }
            if k > floor, u[k - 1] == 0x0A { return k - 1 }
            if sentenceEnd == nil, k > floor, Self.endsSentence(u[k - 1]) { sentenceEnd = i }
        }
        if let e = sentenceEnd ?? lastBreak { return e }
        // One line longer than half a window: cut inside it, not between a surrogate pair.
        return u[hard] & 0xFC00 == 0xDC00 ? hard - 1 : hard
    }

    /// 。 ! ? ; (half or full width, as the source has them) and closing quotes: a line that
    /// ends with one ends a paragraph in any layout (hard-wrapped text breaks lines mid-sentence).
    static func endsSentence(_ c: UInt16) -> Bool {
        c == 0x3002 || c == 0x21 || c == 0x3F || c == 0x3B || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B
            || c == 0x201D || c == 0x300D
    }
}
