import ArgumentParser
import Foundation
import Gonghui
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui audit FILE...|--db FILE`: the arithmetic of reports, checked.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the arithmetic of reports: shares, sums, parts, growth, contradictions.",
            discussion: """
            share: a stated percentage against its counts and base (在206名工会主席中…54名,占35%), \
            and rates against the figures they are made of (入会率 = 会员 / 覆盖职工, \
            dictionaries/audit-rules.tsv). sum: parts against their total (专职 + 兼职 = 总数). \
            part: a 其中 part above its whole. growth: a stated change against the previous \
            year's figure of the same federation. conflict: different figures for one federation, \
            metric and year in different documents. Figures are compared at the rounding they are \
            stated with. Each finding cites its sentences and shows the computation. A finding whose \
            figures may not be two statements of one quantity is weak: shown only with --all.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md, xlsx }

        @Argument(help: ArgumentHelp("Reports to audit together (files or directories).", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("Audit the documents of this corpus database instead.", valueName: "file"))
        var db: String?

        @Option(help: "Output format: text, json, md, or xlsx (a workbook of the findings; needs --output).")
        var format: Format = .text

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?

        @Flag(help: "Also show weak findings (figures that may not be two statements of one quantity).")
        var all = false

        @OptionGroup var input: InputOptions

        func validate() throws {
            let hasFiles = !files.isEmpty || list.filesFrom != nil || !PathArguments.taken.isEmpty
            if hasFiles == (db != nil) { throw ValidationError("give report files or --db, not both (and not neither)") }
            if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook: give --output FILE.xlsx") }
        }

        func run() throws {
            let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
            var documents: [AuditDocument] = []
            var run: ReportRun?
            if let db {
                guard FileManager.default.fileExists(atPath: db) else {
                    Console.error("\(db): no such database")
                    throw ExitCode(1)
                }
                documents = try report { try Self.documents(in: Store(path: db, readOnly: true)) }
            } else {
                let pipeline = try input.pipeline()
                run = try ReportRun(files, list: list)
                documents = run!.documents(pipeline)
            }
            let everything = Auditor(dictionaries: dictionaries).audit(documents)
            let findings = all ? everything : everything.filter { $0.confidence == .confident }
            if format == .xlsx, let output {
                try OutputFile.write(bytes: try report { try RecordWorkbook.findings(findings, dictionaries: dictionaries).data() }, to: output)
            } else {
                let text = AuditReport.render(findings, documents: documents.count, hidden: everything.count - findings.count,
                                              catalog: dictionaries.metrics, format: format)
                try OutputFile.emit(text, to: output)
            }
            try run?.finish()
        }

        /// The stored documents with their records.
        static func documents(in store: Store) throws(GonghuiError) -> [AuditDocument] {
            let bySource = Dictionary(grouping: try store.records(), by: { $0.source ?? "" })
            return try store.documents().map { d in
                AuditDocument(source: d.sourcePath, text: UTF16Text(d.text), records: bySource[d.sourcePath] ?? [])
            }
        }
    }
}

/// Findings as text for a terminal, JSON, or Markdown.
enum AuditReport {
    static func render(_ findings: [AuditFinding], documents: Int, hidden: Int = 0, catalog: MetricCatalog, format: GonghuiCommand.Audit.Format) -> String {
        func name(_ id: String) -> String { catalog.metric(id).map { "\($0.name) (\(id))" } ?? id }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let hiddenNote = hidden == 0 ? "" : " (\(count(hidden, "weak finding")) not shown: --all shows them)"
        switch format {
        case .json, .xlsx:
            let items = findings.map { f -> String in
                var o = JSONObject()
                o.add("check", f.check.rawValue)
                if let fed = f.federation { o.add("federation", fed) }
                o.add("metric", f.metric)
                if let y = f.year { o.add("year", y) }
                o.add("computation", f.computation)
                o.add("confidence", f.confidence.rawValue)
                if let doubt = f.doubt { o.add("doubt", doubt) }
                o.add("citations", raw: "[" + f.citations.map { c in
                    var co = JSONObject()
                    co.add("source", c.source)
                    co.add("sentence", c.sentence)
                    return co.text
                }.joined(separator: ", ") + "]")
                return o.text
            }
            return "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + (items.isEmpty ? "]\n" : "\n]\n")
        case .md:
            var s = "# Audit\n\n\(count(documents, "document")), \(count(findings.count, "finding")).\(hiddenNote)\n"
            for f in findings {
                s += "\n## \(f.check.rawValue): \(name(f.metric))\n\n"
                s += "- " + [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: ", ") + "\n"
                s += "- \(f.computation)\n"
                if let doubt = f.doubt { s += "- weak: \(doubt)\n" }
                for c in f.citations { s += "- `\((c.source as NSString).lastPathComponent)`: \(c.sentence)\n" }
            }
            return s
        case .text:
            var s = ""
            for f in findings {
                s += "\(f.check.rawValue)\t" + [f.federation, f.year.map { "\($0)年" }].compactMap { $0 }.joined(separator: " ") + "\t\(name(f.metric))\n"
                s += "  \(f.computation)\n"
                if let doubt = f.doubt { s += "  weak: \(doubt)\n" }
                for c in f.citations { s += "  \((c.source as NSString).lastPathComponent): \(c.sentence)\n" }
            }
            s += "\(count(findings.count, "finding")) in \(count(documents, "document"))\(hiddenNote)\n"
            return s
        }
    }
}
