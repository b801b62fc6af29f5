import Foundation
import Gonghui
import GonghuiTestSupport
import Testing
import XMLBridge

/// Digests of every bundled report and of the multi-federation corpus, against snapshots
/// (Digest/Snapshots; set GONGHUI_UPDATE_SNAPSHOTS=1 to rewrite them after a deliberate change).
/// The HTML is well-formed for libxml2, and its charts draw the numbers of its tables.
struct DigestTests {
    static let reports: [String] = ((try? ReportFiles.list([TestSupport.path("corpora/reports")]).files) ?? [])
        .map { ($0 as NSString).lastPathComponent }

    static func reportDigest(_ name: String) throws -> ReportDigest {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path("corpora/reports/" + name))
        var digest = ReportDigest(document: document, extraction: pipeline.extraction(of: document), pipeline: pipeline)
        digest.source = "corpora/reports/" + name  // as a user in the repository would name it
        return digest
    }

    static func corpusDigest() throws -> CorpusDigest {
        let pipeline = TestSupport.pipeline()
        let documents = try ReportFiles.list([TestSupport.path("corpora/reports")]).files.map { path in
            let d = try pipeline.document(at: path)
            return AuditDocument(source: path, text: d.text, records: pipeline.extractRecords(from: d))
        }
        return CorpusDigest(documents: documents, dictionaries: TestSupport.dictionaries)
    }

    /// Compares with the stored snapshot (or writes it when asked to).
    static func matchesSnapshot(_ text: String, _ name: String) throws -> Bool {
        let url = TestSupport.url("Tests/GonghuiTests/Digest/Snapshots/" + name)
        if ProcessInfo.processInfo.environment["GONGHUI_UPDATE_SNAPSHOTS"] != nil {
            try Data(text.utf8).write(to: url)
            return true
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        return stored == text
    }

    @Test("each report's digest matches its snapshot, in Markdown and HTML", arguments: reports)
    func reportSnapshots(_ name: String) throws {
        let digest = try Self.reportDigest(name)
        let stem = (name as NSString).deletingPathExtension
        #expect(try Self.matchesSnapshot(DigestMarkdown.report(digest), stem + ".md"))
        #expect(try Self.matchesSnapshot(DigestHTML.report(digest), stem + ".html"))
    }

    @Test("the corpus digest matches its snapshot, in Markdown and HTML")
    func corpusSnapshot() throws {
        let digest = try Self.corpusDigest()
        #expect(try Self.matchesSnapshot(DigestMarkdown.corpus(digest, catalog: TestSupport.dictionaries.metrics), "corpus.md"))
        #expect(try Self.matchesSnapshot(DigestHTML.corpus(digest, catalog: TestSupport.dictionaries.metrics), "corpus.html"))
    }

    @Test("a PDF's digest cites the page of each figure's sentence")
    func pdfPages() throws {
        let pipeline = TestSupport.pipeline()
        let document = try pipeline.document(at: TestSupport.path("corpora/formats/report.cid.pdf"))
        let digest = ReportDigest(document: document, extraction: pipeline.extraction(of: document), pipeline: pipeline)
        #expect(digest.citationPages.contains(1) && digest.citationPages.contains(2))
        let md = DigestMarkdown.report(digest)
        #expect(md.contains("(第2页) ") && md.contains("职工书屋132家"))
        #expect(DigestHTML.report(digest).contains("<span class=\"page\">第2页</span>"))
    }

    @Test("the bundled reports are there")
    func reportsThere() { #expect(Self.reports.count >= 12, "\(Self.reports.count) reports") }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let a = DigestHTML.report(try Self.reportDigest("zhoushan-2023.txt"))
        let b = DigestHTML.report(try Self.reportDigest("zhoushan-2023.txt"))
        #expect(a == b)
        let c = DigestMarkdown.corpus(try Self.corpusDigest(), catalog: TestSupport.dictionaries.metrics)
        let d = DigestMarkdown.corpus(try Self.corpusDigest(), catalog: TestSupport.dictionaries.metrics)
        #expect(c == d)
    }

    /// An element tree from libxml2, for the checks below.
    final class Element {
        let name: String
        var attributes: [String: String] = [:]
        var children: [Element] = []
        init(name: String) { self.name = name }

        func all(_ name: String) -> [Element] { (self.name == name ? [self] : []) + children.flatMap { $0.all(name) } }
    }

    /// Parses strictly as XML with libxml2; nil when it is not well-formed.
    static func parse(_ html: String) -> Element? {
        var errorLine: Int32 = 0
        let bytes = Array(html.utf8)
        guard let doc = bytes.withUnsafeBufferPointer({ b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { gh_xml_parse($0, Int32(b.count), &errorLine) }
        }) else { return nil }
        defer { gh_doc_free(doc) }
        func build(_ node: OpaquePointer) -> Element {
            let e = Element(name: String(cString: gh_node_name(node)))
            for key in ["class", "data-label", "data-value", "data-values", "data-column", "data-year", "width", "id", "href"] {
                if let v = gh_node_attribute(node, key) { e.attributes[key] = String(cString: v); gh_free(v) }
            }
            var child = gh_node_first_child(node)
            while let c = child {
                if gh_node_kind(c) == Int32(GH_NODE_ELEMENT) { e.children.append(build(c)) }
                child = gh_node_next(c)
            }
            return e
        }
        return gh_doc_root(doc).map(build)
    }

    @Test("every digest's HTML is well-formed for libxml2, with working citation links", arguments: reports)
    func wellFormed(_ name: String) throws {
        let html = DigestHTML.report(try Self.reportDigest(name))
        let root = try #require(Self.parse(html), "libxml2 could not parse the digest of \(name)")
        #expect(root.name == "html")
        let ids = Set(root.all("li").compactMap { $0.attributes["id"] })
        for link in root.all("a") { #expect(ids.contains(String(link.attributes["href"]!.dropFirst()))) }
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test("the corpus charts draw the numbers of the tables")
    func chartsMatchTables() throws {
        let html = DigestHTML.corpus(try Self.corpusDigest(), catalog: TestSupport.dictionaries.metrics)
        let root = try #require(Self.parse(html))
        let cells = root.all("td").filter { $0.attributes["data-label"] != nil }
        var barsChecked = 0, pointsChecked = 0
        for svg in root.all("svg") {
            let bars = svg.all("rect").filter { $0.attributes["class"] == "bar" }
            let widths = bars.compactMap { Double($0.attributes["width"] ?? "") }
            let values = bars.compactMap { Double($0.attributes["data-value"] ?? "") }
            // Bars are proportional to their values.
            if let maxWidth = widths.max(), let maxValue = values.max() {
                for (w, v) in zip(widths, values) { #expect(abs(w / maxWidth - v / maxValue) < 0.005) }
            }
            for bar in bars {
                // The bar's figure is the figure in its row of the table above it.
                let label = try #require(bar.attributes["data-label"]), value = try #require(bar.attributes["data-value"])
                #expect(cells.contains { $0.attributes["data-label"] == label && $0.attributes["data-values"] == value },
                        "bar \(label) \(value) has no table cell")
                barsChecked += 1
            }
            for point in svg.all("circle") {
                let label = try #require(point.attributes["data-label"]), year = try #require(point.attributes["data-year"])
                let value = try #require(point.attributes["data-value"])
                #expect(cells.contains { $0.attributes["data-label"] == label && $0.attributes["data-column"] == year && $0.attributes["data-values"] == value })
                pointsChecked += 1
            }
        }
        #expect(barsChecked >= 10 && pointsChecked >= 10)
    }
}
