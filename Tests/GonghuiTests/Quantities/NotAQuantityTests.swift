import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// What is not a quantity never comes out of the quantity stage, on every bundled document:
/// years and dates, ordinals, list numbering, numerals inside names and slogans, 万家 meaning
/// "countless", phone numbers.
struct NotAQuantityTests {
    static let documents: [String] = {
        var out: [String] = []
        for dir in ["corpora/reports", "corpora/narrative", "corpora/audit/docs", "corpora/holdout/dev/docs"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: TestSupport.path(dir))) ?? []
            out += names.filter { !$0.hasSuffix(".md") }.sorted().map { "\(dir)/\($0)" }
        }
        return out + ["corpora/formats/report.utf8.txt"]
    }()

    /// Names and slogans with numerals that the bundled documents use.
    static let names = ["三个代表", "两学一做", "十四五", "十三五", "五一劳动奖章", "五一劳动奖状", "四个意识", "两个维护", "四个自信",
                        "一站式", "一线职工", "一线员工", "百千万工程", "六型班组", "万家职工书屋", "走进万家", "千家万户", "三八红旗手",
                        "十八大", "十九大", "二十大", "一网通办", "一户一策", "一岗一训", "五小", "两节", "12351"]

    /// A missing corpus fails here instead of leaving the test below with nothing to check.
    @Test("the bundled documents are there")
    func documentsThere() {
        #expect(Self.documents.count >= 40, "\(Self.documents.count) documents")
        #expect(Self.documents.allSatisfy { FileManager.default.fileExists(atPath: TestSupport.path($0)) })
    }

    @Test("no year, date, ordinal, list number, name or slogan is a quantity", arguments: documents)
    func nothingThatIsNot(_ path: String) throws {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path(path))
        let u = document.text.units
        let text = document.text.string
        var blocked: [Range<Int>] = []
        for name in Self.names {
            var from = text.startIndex
            while let r = text.range(of: name, range: from..<text.endIndex) {
                let a = text.utf16.distance(from: text.startIndex, to: r.lowerBound)
                blocked.append(a..<(a + name.utf16.count))
                from = r.upperBound
            }
        }
        for q in pipeline.quantities.quantities(in: document.text) {
            let surface = document.text[q.range]
            let after: UInt16 = q.range.upperBound < u.count ? u[q.range.upperBound] : 0
            let before: UInt16 = q.range.lowerBound > 0 ? u[q.range.lowerBound - 1] : 0x0A
            // 2016年, 1月16日, 26日电 (a quantity never runs into a date word).
            #expect(!"年月日号".utf16.contains(after), "\(path): \(surface) is a date")
            // 第十四次
            #expect(before != 0x7B2C, "\(path): \(surface) is an ordinal")
            // 一、 (一) 1. at the start of a line
            let lineStart = before == 0x0A || (before == 0x28 && (q.range.lowerBound < 2 || u[q.range.lowerBound - 2] == 0x0A))
            #expect(!(lineStart && (after == 0x3001 || after == 0x29 || after == 0x2E)), "\(path): \(surface) numbers a list item")
            #expect(!blocked.contains { $0.overlaps(q.range) }, "\(path): \(surface) is part of a name or slogan")
            // 0571-87654321, 13812345678: phone numbers
            #expect(!(surface.count >= 7 && surface.allSatisfy { $0.isNumber || $0 == "-" } && q.unit == nil), "\(path): \(surface) is a phone number")
        }
    }
}
