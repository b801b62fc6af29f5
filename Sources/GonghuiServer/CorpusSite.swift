import Foundation
import Gonghui
import GonghuiStore

/// What a page answers, apart from HTTP: the router turns it into a response, the benchmark
/// times it without a network.
public struct SiteResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// Offered as a download under this name.
    public var filename: String?

    public init(status: Int, contentType: String, body: [UInt8], filename: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.filename = filename
    }

    static func html(_ text: String, status: Int = 200) -> SiteResponse {
        SiteResponse(status: status, contentType: "text/html; charset=utf-8", body: Array(text.utf8))
    }
}

/// The pages of `gonghui serve` over one corpus database, opened read-only. Each page reads what
/// it shows from the database at the time of the request, so documents that `ingest` adds while
/// the server runs appear on the next request; what is computed from the whole corpus (the audit,
/// the digest, the filters' values) is kept until the corpus changes.
public final class CorpusSite: Sendable {
    let store: Store
    let dictionaries: Dictionaries
    let cache: CorpusCache
    static let pageSize = 50

    /// `background`: the audit and digest are computed off the request (a server starts at once
    /// and stays responsive); otherwise the request that needs them waits for them.
    public init(store: Store, dictionaries: Dictionaries, background: Bool = false) {
        self.store = store
        self.dictionaries = dictionaries
        cache = CorpusCache(background: background)
        if background { cache.warm(store, dictionaries: dictionaries) }
    }

    var catalog: MetricCatalog { dictionaries.metrics }
    static func e(_ s: String) -> String { SiteHTML.e(s) }

    /// Answers a GET of an address (path and query string).
    public func respond(to address: String) -> SiteResponse {
        let q = address.firstIndex(of: "?")
        return respond(path: String(address[..<(q ?? address.endIndex)]), query: q.map { String(address[address.index(after: $0)...]) })
    }

    /// Answers a GET of `path` with the raw query string; every failure becomes a page.
    public func respond(path: String, query: String?) -> SiteResponse {
        do {
            let q = try QueryParameters(query)
            switch path {
            case "/", "/documents": return .html(try documents(q))
            case "/records": return .html(try records(q))
            case "/compare": return .html(try compare(q))
            case "/compare.csv", "/compare.xlsx": return try compareDownload(q, xlsx: path.hasSuffix("xlsx"))
            case "/audit": return .html(try audit(q))
            case "/digest": return .html(try digest())
            default:
                if path.hasPrefix("/documents/") {
                    let id = path.dropFirst("/documents/".count)
                    guard let n = Int64(id), n > 0 else { throw BadRequest(message: "a document is named by its number, not “\(id.prefix(40))”") }
                    return try document(n)
                }
                return .html(SiteHTML.error("no page at \(path)", status: 404), status: 404)
            }
        } catch let bad as BadRequest {
            return .html(SiteHTML.error(bad.message, status: 400), status: 400)
        } catch let error as GonghuiError {
            return .html(SiteHTML.error(error.message, status: 500), status: 500)
        } catch {
            return .html(SiteHTML.error("\(error)", status: 500), status: 500)
        }
    }

    // MARK: Documents

    func documents(_ q: QueryParameters) throws -> String {
        let facets = try cache.facets(store)
        let page = try q.page()
        let query = Store.DocumentQuery(federation: q.value("federation"), region: q.value("region"), years: try q.years(),
                                        format: try q.choice("format", of: facets.formats),
                                        limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        let (total, rows) = try store.documents(query)
        var b = "<h1>文档</h1>\n<form class=\"filters\" method=\"get\" action=\"/\">"
        b += SiteHTML.textField("federation", label: "工会", value: query.federation, list: "federations")
        b += SiteHTML.textField("region", label: "地区", value: query.region, list: "regions")
        b += SiteHTML.textField("year", label: "年份", value: q.value("year"), placeholder: "2021-2023")
        b += SiteHTML.select("format", label: "格式", options: facets.formats.map { ($0, $0) }, chosen: Set([query.format].compactMap { $0 }))
        b += "<button type=\"submit\">筛选</button></form>\n"
        b += SiteHTML.dataList("federations", facets.federations) + SiteHTML.dataList("regions", facets.regions) + "\n"
        let keep: [(String, String?)] = [("federation", query.federation), ("region", query.region), ("year", q.value("year")), ("format", query.format)]
        b += SiteHTML.pager(total: total, page: page, pageSize: Self.pageSize, noun: "份") { SiteHTML.href("/", keep + [("page", String($0))]) }
        if rows.isEmpty {
            b += "<p>没有符合条件的文档。</p>\n"
        } else {
            b += SiteHTML.list(["文档", "工会", "地区", "日期", "格式", "数字"], numeric: [5], rows: rows.map { d in
                let name = (d.sourcePath as NSString).lastPathComponent
                let title = d.title.map { "<br/><span class=\"notes\">\(Self.e($0))</span>" } ?? ""
                return ["<a href=\"\(SiteHTML.documentLink(d.id))\">\(Self.e(name))</a>\(title)", Self.e(d.federation ?? ""), Self.e(d.region ?? ""),
                        Self.e(d.documentDate ?? ""), Self.e(d.format) + (d.pageCount.map { "，\($0)页" } ?? ""),
                        "<a href=\"\(SiteHTML.documentLink(d.id, anchor: "figures"))\">\(d.recordCount)</a>"]
            })
        }
        return SiteHTML.page(title: "文档", section: .documents, body: b)
    }

    func document(_ id: Int64) throws -> SiteResponse {
        guard let d = try store.document(id: id) else {
            return .html(SiteHTML.error("no document number \(id) in this corpus", status: 404), status: 404)
        }
        let records = try store.records(documentID: id)
        let name = (d.sourcePath as NSString).lastPathComponent
        var b = "<h1>\(Self.e(d.title ?? name))</h1>\n<dl class=\"meta\">"
        let meta: [(String, String?)] = [("文件", d.sourcePath), ("工会", d.federation), ("地区", d.region), ("日期", d.documentDate),
                                         ("格式", d.format + (d.pageCount.map { "，\($0)页" } ?? "")), ("编码", d.encoding), ("数字", String(records.count))]
        for (label, value) in meta { if let value { b += "<dt>\(label)</dt><dd>\(Self.e(value))</dd>" } }
        b += "</dl>\n<h2 id=\"figures\">数字</h2>\n"
        if records.isEmpty {
            b += "<p>这份文档里没有找到数字。</p>\n"
        } else {
            let paged = d.pageCount != nil
            b += SiteHTML.list(["指标", "数值", "年份", "工会 / 地区"] + (paged ? ["页"] : []), numeric: [1, 2, 4], rows: records.map { r in
                SiteHTML.recordCells(r, href: "#" + SiteHTML.recordAnchor(r), catalog: catalog) + (paged ? [r.page.map(String.init) ?? ""] : [])
            })
        }
        b += "<h2>原文</h2>\n<div class=\"text\">\(SiteHTML.markedText(d.text, records: records, catalog: catalog))</div>\n"
        return .html(SiteHTML.page(title: d.title ?? name, section: .documents, body: b))
    }

    // MARK: Records

    func records(_ q: QueryParameters) throws -> String {
        let facets = try cache.facets(store)
        let page = try q.page()
        let metrics = try knownMetrics(q.values("metric"))
        let query = Store.RecordQuery(metrics: metrics, federation: q.value("federation"), region: q.value("region"),
                                      years: try q.years(), text: q.value("q"), limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        let (total, rows) = try store.records(query)
        var b = "<h1>数字</h1>\n<form class=\"filters\" method=\"get\" action=\"/records\">"
        b += SiteHTML.select("metric", label: "指标", options: SiteHTML.metricOptions(facets.metrics, catalog: catalog), chosen: Set(metrics))
        b += SiteHTML.textField("federation", label: "工会", value: query.federation, list: "federations")
        b += SiteHTML.textField("region", label: "地区", value: query.region, list: "regions")
        b += SiteHTML.textField("year", label: "年份", value: q.value("year"), placeholder: "2021-2023")
        b += SiteHTML.textField("q", label: "原文包含", value: query.text)
        b += "<button type=\"submit\">查找</button></form>\n"
        b += SiteHTML.dataList("federations", facets.federations) + SiteHTML.dataList("regions", facets.regions) + "\n"
        let keep: [(String, String?)] = [("metric", metrics.joined(separator: ",")), ("federation", query.federation), ("region", query.region),
                                         ("year", q.value("year")), ("q", query.text)]
        b += SiteHTML.pager(total: total, page: page, pageSize: Self.pageSize, noun: "项") { SiteHTML.href("/records", keep + [("page", String($0))]) }
        if rows.isEmpty {
            b += "<p>没有符合条件的数字。</p>\n"
        } else {
            b += SiteHTML.list(["指标", "数值", "年份", "工会 / 地区", "原文"], numeric: [1, 2], rows: rows.map { id, r in
                SiteHTML.recordCells(r, href: SiteHTML.documentLink(id, anchor: SiteHTML.recordAnchor(r)), catalog: catalog) + [SiteHTML.sentence(r)]
            })
        }
        return SiteHTML.page(title: "数字", section: .records, body: b)
    }

    /// Metric ids or Chinese names, as ids; an unknown one is the user's mistake, said so.
    func knownMetrics(_ given: [String]) throws(BadRequest) -> [String] {
        try given.map { name throws(BadRequest) in
            if catalog.metric(name) != nil { return name }
            if let m = catalog.metrics.first(where: { $0.name == name }) { return m.id }
            throw BadRequest(message: "no metric named “\(name)” (the metric ids are in dictionaries/metrics.tsv)")
        }
    }

    // MARK: Compare

    struct ComparisonRequest {
        var metrics: [String]
        /// Federations or regions (any of them); empty is all.
        var federations: [String]
        var years: ClosedRange<Int>?
        var yearText: String?
        var by: Comparison.Dimension
    }

    func comparisonRequest(_ q: QueryParameters) throws -> ComparisonRequest {
        let by = try q.choice("by", of: Comparison.Dimension.allCases.map(\.rawValue)).flatMap(Comparison.Dimension.init(rawValue:)) ?? .federation
        return ComparisonRequest(metrics: try knownMetrics(q.values("metric")), federations: try q.values("federation"), years: try q.years(),
                                 yearText: q.value("year"), by: by)
    }

    func comparison(_ r: ComparisonRequest) throws -> (Comparison, [MetricRecord]) {
        let records = try store.records(Store.Filter(metrics: r.metrics, federations: r.federations, years: r.years))
        return (Comparison(records: records, catalog: catalog, by: r.by, metrics: r.metrics, statements: FigureStatements(dictionaries: dictionaries)), records)
    }

    func compare(_ q: QueryParameters) throws -> String {
        let facets = try cache.facets(store)
        let request = try comparisonRequest(q)
        var b = "<h1>比较</h1>\n<form class=\"filters\" method=\"get\" action=\"/compare\">"
        b += SiteHTML.select("metric", label: "指标（可多选）", options: SiteHTML.metricOptions(facets.metrics, catalog: catalog),
                             chosen: Set(request.metrics), multiple: true)
        b += SiteHTML.textField("federation", label: "工会或地区（逗号分隔）", value: request.federations.joined(separator: ","), list: "names")
        b += SiteHTML.textField("year", label: "年份", value: request.yearText, placeholder: "2021-2023")
        b += SiteHTML.select("by", label: "行", options: [("federation", "工会"), ("region", "地区"), ("year", "年份")],
                             chosen: [request.by.rawValue], any: nil)
        b += "<button type=\"submit\">比较</button></form>\n"
        b += SiteHTML.dataList("names", facets.federations + facets.regions) + "\n"
        guard !request.metrics.isEmpty else {
            b += "<p>选择一个或几个指标。各指标：</p>\n<ul>"
            for id in facets.metrics { b += "<li><a href=\"\(Self.e(SiteHTML.href("/compare", [("metric", id)])))\">\(Self.e(SiteHTML.metricName(id, catalog: catalog)))</a></li>" }
            return SiteHTML.page(title: "比较", section: .compare, body: b + "</ul>\n")
        }
        let (comparison, records) = try self.comparison(request)
        let keep: [(String, String?)] = [("metric", request.metrics.joined(separator: ",")), ("federation", request.federations.joined(separator: ",")),
                                         ("year", request.yearText), ("by", request.by.rawValue)]
        b += "<p class=\"downloads\">下载：<a href=\"\(Self.e(SiteHTML.href("/compare.csv", keep)))\">CSV</a>"
            + "<a href=\"\(Self.e(SiteHTML.href("/compare.xlsx", keep)))\">Excel（.xlsx）</a></p>\n"
        // Only the sentences the cells link to (a cell links to its first figure's).
        let linked = Set(comparison.tables.flatMap { $0.cells.joined() }.compactMap { $0?.values.first?.sources.first }
            .map { SentenceIndex.Key($0.path, $0.sentence) })
        let index = try SentenceIndex(records: records, store: store, only: linked)
        var note = 1
        var shown = 0
        for table in comparison.tables where !table.rows.isEmpty {
            b += DigestHTML.section(CorpusDigest.section(table), note: &note, link: index.link)
            shown += 1
        }
        if shown == 0 { b += "<p>所选条件下没有可比较的数字。</p>\n" }
        return SiteHTML.page(title: "比较", section: .compare, body: b)
    }

    func compareDownload(_ q: QueryParameters, xlsx: Bool) throws -> SiteResponse {
        let request = try comparisonRequest(q)
        let (comparison, _) = try self.comparison(request)
        if xlsx {
            let data = try RecordWorkbook.comparison(comparison, dictionaries: dictionaries).data()
            return SiteResponse(status: 200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                body: Array(data), filename: "comparison.xlsx")
        }
        return SiteResponse(status: 200, contentType: "text/csv; charset=utf-8", body: Array(ComparisonRender.csv(comparison).utf8), filename: "comparison.csv")
    }

    // MARK: Audit and digest

    func audit(_ q: QueryParameters) throws -> String {
        let all = q.flag("all")
        let page = try q.page()
        let answer = try cache.corpus(store, dictionaries: dictionaries)
        guard let corpus = answer.corpus else { return pending(answer, title: "审计", section: .audit) }
        let findings = all ? corpus.findings : corpus.findings.filter { $0.confidence == .confident }
        let hidden = corpus.findings.count - findings.count
        var b = "<h1>审计</h1>\n" + staleNote(answer)
        b += "<p class=\"notes\">核对各报告内部的数字：比例、合计、部分与整体、增幅，以及同一工会同一年份的不同数字。"
        b += "共\(corpus.documentCount)份文档，\(findings.count)项发现"
        b += hidden > 0 ? "；另有\(hidden)项把握不大，<a href=\"/audit?all=1\">一并显示</a>。" : (all ? "（含把握不大的）。" : "。")
        b += "</p>\n"
        b += SiteHTML.pager(total: findings.count, page: page, pageSize: Self.pageSize, noun: "项") { SiteHTML.href("/audit", [("all", all ? "1" : nil), ("page", String($0))]) }
        let shown = Array(findings.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize))
        b += DigestHTML.findings(shown, language: .zh, catalog: catalog, link: corpus.sentences.link)
        return SiteHTML.page(title: "审计", section: .audit, body: b)
    }

    func digest() throws -> String {
        let answer = try cache.corpus(store, dictionaries: dictionaries)
        guard let corpus = answer.corpus else { return pending(answer, title: "摘要", section: .digest) }
        return SiteHTML.page(title: "摘要", section: .digest, body: staleNote(answer) + corpus.digestBody)
    }

    /// The audit and digest before their first computation has ended: a page that says so and
    /// reloads itself.
    func pending(_ answer: CorpusCache.Answer, title: String, section: SiteHTML.Section) -> String {
        let body = answer.failure.map { "<h1>\(title)</h1>\n<p class=\"error\">汇总失败：\(Self.e($0))</p>\n" }
            ?? "<h1>\(title)</h1>\n<p class=\"notes\">正在汇总全部文档的审计与摘要，完成后本页自动刷新。</p>\n"
        return SiteHTML.page(title: title, section: section, body: body, refresh: answer.failure == nil ? 3 : nil)
    }

    func staleNote(_ answer: CorpusCache.Answer) -> String {
        answer.stale ? "<p class=\"notes\">语料库已更新，正在重新汇总；以下是更新前的结果，稍后刷新即可看到新结果。</p>\n" : ""
    }
}
