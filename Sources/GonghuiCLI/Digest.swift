import ArgumentParser
import Foundation
import Gonghui
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui digest FILE | DIR|FILE... | --db FILE`: a one-page summary in Markdown or HTML.
    struct Digest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a one-page digest of a report, or of a corpus (reports or a database), in Markdown or HTML.",
            discussion: """
            Of a report: its federation, region and dates; headline figures by family (组织建设, \
            会员发展, 集体合同 …) in the way reports write them, each citing its sentence; changes; \
            audit findings; the sentences that carry it (TextRank, tilted toward sentences with \
            figures); and its salient terms. Of a corpus (several reports, a directory, --files-from, \
            or --db): for each headline metric a table \
            across federations and years with year-over-year change, bars across federations and \
            lines across years, then the audit findings. HTML is one self-contained file (inline \
            CSS and SVG, no script). The same input always gives the same bytes.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

        @Argument(help: ArgumentHelp("The report to digest; several, or a directory, are digested as a corpus.", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("Digest this corpus database instead.", valueName: "file"))
        var db: String?

        @Option(help: ArgumentHelp("Corpus digest: only this federation (or region).", valueName: "name"))
        var federation: String?

        @Option(help: ArgumentHelp("Corpus digest: only these years (2021-2023).", valueName: "A-B"))
        var years: String?

        @Option(help: "Output format: md or html.")
        var format: Format = .md

        @Option(help: "Language: zh (the default) speaks Chinese throughout; en adds the audit's English beside its Chinese.")
        var lang: DigestLanguage = .zh

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?

        @OptionGroup var input: InputOptions

        func validate() throws {
            let reports = !files.isEmpty || list.filesFrom != nil || !PathArguments.taken.isEmpty
            if reports == (db != nil) { throw ValidationError("give reports or --db, not both (and not neither)") }
            if isOneReport && (federation != nil || years != nil) { throw ValidationError("--federation and --years go with a corpus (several reports or --db)") }
            _ = try yearRange
        }

        var yearRange: ClosedRange<Int>? { get throws { try parseYears(years) } }

        /// One report file (not a directory, not a list): its own digest.
        var isOneReport: Bool {
            guard files.count == 1, list.filesFrom == nil, PathArguments.taken.isEmpty else { return false }
            var isDirectory: ObjCBool = false
            return !(FileManager.default.fileExists(atPath: files[0], isDirectory: &isDirectory) && isDirectory.boolValue)
        }

        func run() throws {
            let text: String
            var run: ReportRun?
            if isOneReport {
                let pipeline = try input.pipeline()
                let document = try report { try pipeline.document(at: files[0]) }
                var digest = ReportDigest(document: document, extraction: pipeline.extraction(of: document), pipeline: pipeline)
                digest.language = lang
                text = format == .md ? DigestMarkdown.report(digest) : DigestHTML.report(digest)
            } else {
                let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
                var documents: [AuditDocument]
                if let db {
                    guard FileManager.default.fileExists(atPath: db) else {
                        Console.error("\(db): no such database (make one with gonghui ingest)")
                        throw ExitCode(1)
                    }
                    let store = try report { try Store(path: db, readOnly: true) }
                    let federation = try self.federation.map { try NameResolver.federation($0, in: store) }
                    let filter = Store.Filter(federation: federation, years: try yearRange)
                    let records = Dictionary(grouping: try report { try store.records(filter) }, by: { $0.source ?? "" })
                    documents = try report { try store.documents() }.compactMap { d -> AuditDocument? in
                        guard let rs = records[d.sourcePath] else { return nil }
                        return AuditDocument(source: d.sourcePath, text: UTF16Text(d.text), records: rs)
                    }
                } else {
                    // Reports read here, as a database would hold them.
                    let pipeline = try input.pipeline()
                    run = try ReportRun(files, list: list)
                    documents = run!.documents(pipeline)
                    let years = try yearRange
                    documents = documents.compactMap { d in
                        var d = d
                        d.records = d.records.filter { r in
                            (federation.map { r.federation == $0 || r.region == $0 } ?? true) && (years.map { y in r.year.map(y.contains) ?? false } ?? true)
                        }
                        return d.records.isEmpty && (federation != nil || years != nil) ? nil : d
                    }
                }
                var digest = CorpusDigest(documents: documents, dictionaries: dictionaries)
                digest.language = lang
                text = format == .md ? DigestMarkdown.corpus(digest, catalog: dictionaries.metrics) : DigestHTML.corpus(digest, catalog: dictionaries.metrics)
            }
            try OutputFile.emit(text, to: output)
            try run?.finish()
        }
    }
}

extension DigestLanguage: ExpressibleByArgument {}
