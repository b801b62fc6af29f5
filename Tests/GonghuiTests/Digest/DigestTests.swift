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

    @Test("the Chinese digest's audit section speaks Chinese; --lang en adds the English")
    func oneLanguage() throws {
        let pipeline = TestSupport.pipeline()
        let documents = try ReportFiles.list([TestSupport.path("corpora/audit/docs")]).files.map { path in
            let d = try pipeline.document(at: path)
            return AuditDocument(source: path, text: d.text, records: pipeline.extractRecords(from: d))
        }
        var digest = CorpusDigest(documents: documents, dictionaries: TestSupport.dictionaries)
        #expect(digest.findings.count >= 5)
        for text in [DigestMarkdown.corpus(digest, catalog: TestSupport.dictionaries.metrics), DigestHTML.corpus(digest, catalog: TestSupport.dictionaries.metrics)] {
            let audit = try #require(text.components(separatedBy: "审计发现").last)
            for word in ["stated", "part ", "whole", " vs ", " pp"] { #expect(!audit.contains(word), "\(word) in the Chinese digest") }
            #expect(audit.contains("报告为"))
        }
        digest.language = .en
        #expect(DigestMarkdown.corpus(digest, catalog: TestSupport.dictionaries.metrics).contains("stated"))
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

    /// The CSS declarations of a selector in the digest's style sheet.
    static func declarations(_ selector: String, in html: String) -> [String: String] {
        guard let style = html.range(of: "<style>").flatMap({ open in html.range(of: "</style>", range: open.upperBound..<html.endIndex).map { html[open.upperBound..<$0.lowerBound] } }) else { return [:] }
        var out: [String: String] = [:]
        for rule in style.split(separator: "}") {
            let parts = rule.split(separator: "{", maxSplits: 1)
            guard parts.count == 2, parts[0].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }).contains(selector) else { continue }
            for d in parts[1].split(separator: ";") {
                let kv = d.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if kv.count == 2, out[kv[0]] == nil { out[kv[0]] = kv[1] }  // the screen rule, not @media print
            }
        }
        return out
    }

    @Test("on any screen: figures never wrap, wide tables scroll in their box, chart text stays legible at 400 px")
    func readableAnywhere() throws {
        let html = DigestHTML.corpus(try Self.corpusDigest(), catalog: TestSupport.dictionaries.metrics)
        let root = try #require(Self.parse(html))
        // Every table sits in a box that scrolls sideways, and its figure cells do not wrap.
        #expect(Self.declarations(".table-wrap", in: html)["overflow-x"] == "auto")
        #expect(Self.declarations("td", in: html)["white-space"] == "nowrap")
        #expect(Self.declarations(".figure", in: html)["white-space"] == "nowrap")
        for table in root.all("table") {
            #expect(root.all("div").contains { $0.attributes["class"] == "table-wrap" && $0.children.contains { $0 === table } })
        }
        // The first column keeps a width it can be read in.
        #expect(Self.declarations("td:first-child", in: html)["min-width"] == "7em")
        // Charts: 640 units wide at most 640 px; on a 400 px screen (less the page's 1rem
        // padding on each side) their text is scaled by 368/640.
        let chart = Self.declarations(".chart", in: html)
        #expect(chart["max-width"] == "640px")
        #expect(Self.declarations("main", in: html)["padding"]?.hasPrefix("1.5rem 1rem") == true)
        let size = try #require(Double((chart["font-size"] ?? "").replacingOccurrences(of: "px", with: "")))
        #expect(size * 368 / 640 >= 11)
        #expect(root.all("svg").allSatisfy { ($0.attributes["class"] ?? "").hasPrefix("chart") })
    }

    @Test("charts put values more than twenty times apart on separate scales, and years at their distances")
    func chartScales() throws {
        let bars = [CorpusDigest.Bar(label: "全国总工会", value: 1_000_000, unit: .yuan), CorpusDigest.Bar(label: "甲市总工会", value: 30_000, unit: .yuan),
                    CorpusDigest.Bar(label: "乙市总工会", value: 20_000, unit: .yuan)]
        let svg = DigestChart.bars(bars, title: "帮扶资金")
        #expect(svg.components(separatedBy: "<svg").count - 1 == 2)
        let lines = DigestChart.lines([CorpusDigest.Series(label: "甲", points: [(2010, 10), (2011, 12), (2021, 20)])], unit: .person, title: "会员")
        // 2010 → 2011 is a tenth of 2011 → 2021.
        let cx = lines.components(separatedBy: "cx=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(cx.count == 3 && abs((cx[2] - cx[1]) / (cx[1] - cx[0]) - 10) < 0.05)
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
