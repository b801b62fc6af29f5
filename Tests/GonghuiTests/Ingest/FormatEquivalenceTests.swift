import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// One report in every supported format and encoding (corpora/formats) must come out as the
/// same normalised text as its plain UTF-8 original, with the encoding recognised.
struct FormatEquivalenceTests {
    struct Variant: Sendable, CustomTestStringConvertible {
        var file: String
        var format: DocumentFormat
        var encoding: String
        var testDescription: String { file }
    }

    static let variants: [Variant] = [
        Variant(file: "report.utf8-bom.txt", format: .text, encoding: "UTF-8"),
        Variant(file: "report.utf16le.txt", format: .text, encoding: "UTF-16LE"),
        Variant(file: "report.utf16be.txt", format: .text, encoding: "UTF-16BE"),
        Variant(file: "report.gb18030.txt", format: .text, encoding: "GB18030"),
        Variant(file: "report.gbk.txt", format: .text, encoding: "GB18030"),
        Variant(file: "report.big5.txt", format: .text, encoding: "Big5"),
        Variant(file: "report.gbk.html", format: .html, encoding: "GB18030"),
        Variant(file: "report.utf8-mislabelled.html", format: .html, encoding: "UTF-8"),
        Variant(file: "report.docx", format: .docx, encoding: "UTF-8"),
    ]

    static func normalized(_ file: String) throws -> Document {
        try TestSupport.pipeline().document(at: TestSupport.path("corpora/formats/" + file))
    }

    @Test("every variant normalises to the UTF-8 original's text", arguments: variants)
    func sameText(_ v: Variant) throws {
        let reference = try Self.normalized("report.utf8.txt")
        let document = try Self.normalized(v.file)
        #expect(document.text.string == reference.text.string)
        #expect(document.source.format == v.format)
        #expect(document.source.encoding == v.encoding)
    }

    @Test("the reference itself is read as UTF-8 text, with a table kept as tab-separated cells")
    func reference() throws {
        let document = try Self.normalized("report.utf8.txt")
        #expect(document.source.encoding == "UTF-8")
        #expect(document.text.string.contains("项目\t2022年\t2023年"))
        #expect(document.source.contentHash.count == 64)
    }

    @Test("a page that declares gbk but is UTF-8 is read as UTF-8, and the user is told")
    func mislabelled() throws {
        let document = try Self.normalized("report.utf8-mislabelled.html")
        #expect(document.warnings.contains { $0.message.contains("declares charset gbk") })
    }

    @Test("offsets map back: a figure of the Big5 report points at its traditional original")
    func offsetsMapBack() throws {
        let document = try Self.normalized("report.big5.txt")
        let text = document.text.string
        let figure = try #require(text.range(of: "工会会员21.3万人"))
        let start = text.utf16.distance(from: text.utf16.startIndex, to: figure.lowerBound.samePosition(in: text.utf16)!)
        let range = start..<(start + "工会会员21.3万人".utf16.count)
        let original = document.original[document.originalRange(of: range)]
        #expect(original == "工會會員21.3萬人")
    }
}
