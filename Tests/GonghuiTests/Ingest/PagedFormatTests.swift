import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// The formats report as PDF (a non-embedded CID font, an embedded TrueType font, two columns;
/// running header, footer and page numbers on every page), Word 97–2003, RTF and OpenDocument
/// (corpora/formats, made by corpora/tools/make_paged.py) gives the records of its .txt; PDF
/// records say on which page they stand; damaged, encrypted and scanned PDFs are clear messages.
struct PagedFormatTests {
    struct Key: Hashable, Comparable, CustomStringConvertible {
        var text: String
        static func < (a: Key, b: Key) -> Bool { a.text < b.text }
        var description: String { text }
    }

    static func keys(_ file: String) throws -> [Key] {
        try keys(of: TestSupport.pipeline().document(at: TestSupport.path("corpora/formats/" + file)))
    }

    static func keys(of document: Document) -> [Key] {
        let pipeline = TestSupport.pipeline()
        return pipeline.extractRecords(from: document).map { r in
            Key(text: "\(r.metric) \(r.value.plainString) \(r.unit.rawValue) \(r.qualifier.rawValue) \(r.kind.rawValue) \(r.year ?? 0) \(r.federation ?? "-") \(r.region ?? "-")")
        }.sorted()
    }

    @Test("every paged and legacy variant gives the records of the .txt",
          arguments: [("report.cid.pdf", DocumentFormat.pdf), ("report.ttf.pdf", .pdf), ("report.columns.pdf", .pdf),
                      ("report.doc", .doc), ("report.rtf", .rtf), ("report.odt", .odt)])
    func sameRecords(_ file: String, _ format: DocumentFormat) throws {
        let reference = try Self.keys("report.utf8.txt")
        #expect(reference.count >= 40)
        let keys = try Self.keys(file)
        let missing = Set(reference).subtracting(keys), extra = Set(keys).subtracting(reference)
        #expect(keys == reference, "missing \(missing.sorted()); extra \(extra.sorted())")
        let document = try TestSupport.pipeline().document(at: TestSupport.path("corpora/formats/" + file))
        #expect(document.source.format == format)
    }

    /// A .txt from a document-sharing site: every paragraph cut into lines of `width`
    /// characters, wherever that falls (inside words, numbers, before a comma or 。).
    static func hardWrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
            var lines: [String] = []
            var rest = Substring(paragraph)
            while rest.count > width { lines.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
            lines.append(String(rest))
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    @Test("a .txt hard-wrapped at any common width gives the records of its one-line paragraphs", arguments: [25, 30, 36, 40, 50])
    func hardWrappedText(_ width: Int) throws {
        let text = try String(contentsOf: TestSupport.url("corpora/formats/report.utf8.txt"), encoding: .utf8)
        let wrapped = Self.hardWrapped(text, width: width)
        #expect(wrapped.split(separator: "\n").count > text.split(separator: "\n").count * 2)
        let reference = try Self.keys("report.utf8.txt")
        let keys = Self.keys(of: TestSupport.normalized(wrapped))
        let missing = Set(reference).subtracting(keys), extra = Set(keys).subtracting(reference)
        #expect(keys == reference, "missing \(missing.sorted()); extra \(extra.sorted())")
    }

    @Test("PDF records carry the page they stand on; the page furniture is gone")
    func pages() throws {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path("corpora/formats/report.cid.pdf"))
        #expect(document.source.pageCount == 2)
        let records = pipeline.extractRecords(from: document)
        #expect(records.allSatisfy { $0.page != nil })
        // The first paragraph is on page 1; the 职工书屋 of the fifth paragraph on page 2.
        #expect(records.first { $0.surface.contains("新建基层工会58家") }?.page == 1)
        #expect(records.first { $0.surface.contains("职工书屋132家") }?.page == 2)
        let text = document.text.string
        #expect(!text.contains("吴中区总工会办公室印发") && !text.contains("— 1 —") && !text.contains("— 2 —"))
        // Words broken by the page width are whole again.
        #expect(text.contains("集体协商"))
        // Text, web and Word records have no page.
        let txt = pipeline.extractRecords(from: try pipeline.document(at: TestSupport.path("corpora/formats/report.utf8.txt")))
        #expect(txt.allSatisfy { $0.page == nil })
        #expect(records.first?.jsonObject.contains("\"page\": 1") == true)
    }

    @Test("a damaged, an encrypted, a fake and a scanned PDF each say what is wrong", arguments: [
        ("report.truncated.pdf", "damaged or truncated"),
        ("report.encrypted.pdf", "encrypted"),
    ])
    func badPDF(_ file: String, _ message: String) throws {
        #expect {
            _ = try TestSupport.pipeline().document(at: TestSupport.path("corpora/formats/" + file))
        } throws: { error in
            let e = error as? GonghuiError
            return e?.message.contains(message) == true && e?.message.hasPrefix(TestSupport.path("corpora/formats/" + file)) == true
        }
    }

    @Test("a page with no text layer is reported by number, the rest is read")
    func scannedPage() throws {
        let document = try TestSupport.pipeline().document(at: TestSupport.path("corpora/formats/report.scan.pdf"))
        #expect(document.warnings.contains { $0.message.contains("1 of 2 pages have no text layer") && $0.message.contains("page 2") })
        #expect(document.text.string.contains("吴中区总工会2023年工作总结"))
    }

    static let hasTesseract: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tesseract") else { return false }
        return FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata")
            || FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata")
    }()

    @Test("with OCR, the scanned page's figures come out flagged, with their page", .enabled(if: hasTesseract))
    func ocr() throws {
        let pipeline = TestSupport.pipeline()
        pipeline.ingestor.ocr = true
        let document = try pipeline.document(at: TestSupport.path("corpora/formats/report.scan.pdf"))
        #expect(document.source.ocrPages == [2])
        let records = pipeline.extractRecords(from: document)
        let books = try #require(records.first { $0.metric == "culture.venues" && $0.value == 132 })
        #expect(books.ocr && books.page == 2)
        #expect(books.jsonObject.contains("\"ocr\": true"))
        #expect(records.filter(\.ocr).count >= 4)
    }

    /// Page numbers as reports print them, and lines that are not page numbers.
    @Test("page-number patterns", arguments: [
        ("— 3 —", true), ("-3-", true), ("3", true), ("第 3 页 共 12 页", true), ("第3页", true), ("3/12", true), ("共12页 第3页", true),
        ("Page 3 of 12", true), ("2023年", false), ("新建基层工会58家", false), ("三、帮扶服务精准温暖", false),
    ])
    func pageNumbers(_ line: String, _ isNumber: Bool) throws {
        let patterns = TestSupport.dictionaries.pageFurniture.pageNumberPatterns
        let matched = patterns.contains { p in line.range(of: p, options: .regularExpression) != nil }
        #expect(matched == isNumber, "\(line)")
    }
}
