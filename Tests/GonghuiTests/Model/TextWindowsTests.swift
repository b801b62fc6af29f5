import Foundation
@testable import Gonghui
import GonghuiTestSupport
import Testing

/// Long documents are read in windows (`TextWindows`): where the cuts fall, and that a
/// windowed reading hands back what users rely on — every record's surface at its offsets in
/// the text, the same records streamed as read whole, the same figures as a whole reading.
@Suite struct TextWindowsTests {
    static let sentence = Array("今年新建工会组织12家,发展会员340人。".utf16)

    /// A text of `lines` lines of `sentence`, with a blank line after each `blankEvery`-th.
    static func text(lines: Int, blankEvery: Int?, end: [UInt16] = sentence) -> [UInt16] {
        var u: [UInt16] = []
        for k in 1...lines {
            u += end + [0x0A]
            if let b = blankEvery, k % b == 0 { u.append(0x0A) }
        }
        return u
    }

    func cuts(_ u: [UInt16], limit: Int) -> [TextWindows.Cut] {
        u.withUnsafeBufferPointer { TextWindows.cuts($0, limit: limit) }
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var text: [UInt16]
        var limit: Int
        /// What the unit before each cut must be (nil: any).
        var before: UInt16?
        /// What the unit at each cut must be.
        var at: UInt16?
        /// Units between a window and the next (the blank line, the line break).
        var gap: Int
        var description: String { name }
    }

    static let cases: [Case] = [
        // Paragraphs apart: the cut takes the blank line.
        Case(name: "blank lines", text: text(lines: 200, blankEvery: 5), limit: 512, before: 0x3002, at: 0x0A, gap: 2),
        // No blank line: a line that ends a sentence.
        Case(name: "sentence ends", text: text(lines: 200, blankEvery: nil), limit: 512, before: 0x3002, at: 0x0A, gap: 1),
        // Hard-wrapped lines that end mid-sentence: any line break.
        Case(name: "wrapped lines", text: text(lines: 200, blankEvery: nil, end: Array("今年新建工会组织12家,发展会员".utf16)), limit: 512, before: nil, at: 0x0A, gap: 1),
        // One enormous line: the limit itself.
        Case(name: "one line", text: Array(repeating: 0x4E00, count: 5000), limit: 512, before: nil, at: nil, gap: 0),
    ]

    @Test(arguments: cases)
    func cutsFallBetweenParagraphs(_ c: Case) {
        let found = cuts(c.text, limit: c.limit)
        #expect(found.count > 1)
        var start = 0
        for cut in found {
            // Windows follow each other, within the limit and at least half full but the last.
            #expect(cut.window.lowerBound == start)
            #expect(cut.window.count <= c.limit)
            if cut != found.last { #expect(cut.window.count >= c.limit / 2) }
            #expect(cut.next >= cut.window.upperBound)
            // Only line breaks and spaces lie between windows.
            #expect(c.text[cut.window.upperBound..<cut.next].allSatisfy { $0 == 0x0A || $0 == 0x20 })
            if cut != found.last {
                if let at = c.at { #expect(c.text[cut.window.upperBound] == at) }
                if let before = c.before { #expect(c.text[cut.window.upperBound - 1] == before) }
                #expect(cut.next - cut.window.upperBound == c.gap)
            }
            start = cut.next
        }
        #expect(found.last?.window.upperBound == c.text.count)
    }

    @Test func shortTextIsOneWindow() {
        let u = Self.text(lines: 3, blankEvery: nil)
        #expect(cuts(u, limit: 512) == [TextWindows.Cut(window: 0..<u.count, next: u.count)])
    }

    @Test func noCutSplitsASurrogatePair() {
        // 𠀀 (U+20000) repeated on one line: a cut at an odd unit would split a pair.
        let u = [UInt16](repeating: 0, count: 1) + Array(String(repeating: "\u{20000}", count: 3000).utf16)
        for cut in cuts(u, limit: 513) where cut.window.upperBound < u.count {
            #expect(u[cut.window.upperBound] & 0xFC00 != 0xDC00)
        }
    }

    /// The bundled UTF-8 reports, one after another with a blank line between.
    static func compilation() throws -> String {
        let dir = TestSupport.url("corpora/reports")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") && !$0.contains("big5") && !$0.contains("gbk") }.sorted()
        return try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n\n")
    }

    /// Records as users compare them across readings: what was found where, not who it is
    /// attributed to (a window does not see the report's title).
    struct Found: Hashable { var metric: String; var value: Decimal; var surface: String; var start: Int }

    @Test func windowedReadingFindsWhatAWholeReadingFinds() throws {
        let text = try Self.compilation()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-windows-\(getpid()).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let whole = TestSupport.pipeline()
        let wholeDocument = try whole.document(at: path)
        #expect(wholeDocument.windows.isEmpty)
        let wholeRecords = whole.extractRecords(from: wholeDocument)

        let windowed = TestSupport.pipeline()
        windowed.normalizer.windowLimit = 1024
        let document = try windowed.document(at: path)
        #expect(document.windows.count >= 8)
        // The normalised text is the same, window joins included.
        #expect(document.text == wholeDocument.text)
        let records = windowed.extractRecords(from: document)
        for r in records {
            let s = document.text.utf16Offset(ofScalar: r.start), e = document.text.utf16Offset(ofScalar: r.end)
            #expect(document.text[s..<e] == r.surface, "\(r.metric) \(r.surface)")
        }
        // Streamed window by window, the same records as from the joined document.
        var streamed: [MetricRecord] = []
        _ = try windowed.extract(path: path) { streamed += $0.records }
        #expect(streamed == records)
        // And the same with the windows' records found on two threads.
        var parallel: [MetricRecord] = []
        _ = try windowed.extract(path: path, jobs: 2) { parallel += $0.records }
        #expect(parallel == records)
        // The same figures as a whole reading, but for a few at the cuts.
        let a = Set(wholeRecords.map { Found(metric: $0.metric, value: $0.value, surface: $0.surface, start: $0.start) })
        let b = Set(records.map { Found(metric: $0.metric, value: $0.value, surface: $0.surface, start: $0.start) })
        #expect(a.count >= 300)
        #expect(a.symmetricDifference(b).count * 100 <= a.count * 2, "\(a.subtracting(b)) \(b.subtracting(a))")
    }
}

/// The strict UTF-8 decoder that reads large mapped files: it must accept what ICU's strict
/// decoder accepts and nothing more, and read it the same.
@Suite struct UTF8TextTests {
    static let valid = ["", "abc", "工会会员12万人", "\u{20000}𠮷野家", "é ñ ü", "\u{FEFF}\u{FFFD}\u{10FFFF}"]

    @Test(arguments: valid)
    func decodesWellFormedText(_ s: String) {
        let bytes = Array(s.utf8)
        let count = bytes.withUnsafeBufferPointer { UTF8Text.decode($0, into: nil) }
        #expect(count == s.utf16.count)
        let units = [UInt16](unsafeUninitializedCapacity: count ?? 0) { out, n in
            n = bytes.withUnsafeBufferPointer { UTF8Text.decode($0, into: out) } ?? 0
        }
        #expect(units == Array(s.utf16))
        #expect(ICU.decodeStrict(bytes, charset: "UTF-8") == units)
    }

    static let illFormed: [[UInt8]] = [
        [0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0x61, 0xE4], [0xFF], [0xE4, 0x41, 0x80],
    ]

    @Test(arguments: illFormed)
    func rejectsIllFormedText(_ bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { UTF8Text.decode($0, into: nil) } == nil)
        #expect(ICU.decodeStrict(bytes, charset: "UTF-8") == nil)
    }

    @Test func mappedReadIsTheOrdinaryRead() throws {
        let ingestor = TestSupport.pipeline().ingestor
        let dir = TestSupport.url("corpora/reports")
        for name in ["luoyang-2022.txt", "training-table-2023.txt"] {
            let path = dir.appendingPathComponent(name).path
            let mapped = try #require(try ingestor.readLargeUTF8(path, size: ingestor.checkedSize(path)))
            let ordinary = try ingestor.read(bytes: ingestor.readBytes(path), path: path)
            #expect(mapped.text == ordinary.text)
            #expect(mapped.source == ordinary.source)
        }
        // Not UTF-8: the ordinary way decides.
        for name in ["gbk-press-2023.txt", "textile-union-2021.docx"] {
            let path = dir.appendingPathComponent(name).path
            #expect(try ingestor.readLargeUTF8(path, size: ingestor.checkedSize(path)) == nil)
        }
    }
}
