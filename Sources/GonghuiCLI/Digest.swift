import ArgumentParser
import Foundation
import Gonghui
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui digest FILE | --db FILE`: a one-page summary in Markdown or HTML.
    struct Digest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a one-page digest of a report, or of a corpus database, in Markdown or HTML.",
            discussion: """
            Of a report: its federation, region and dates; headline figures by family (组织建设, \
            会员发展, 集体合同 …) in the way reports write them, each citing its sentence; changes; \
            audit findings; the sentences that carry it (TextRank, tilted toward sentences with \
            figures); and its salient terms. Of a corpus (--db): for each headline metric a table \
            across federations and years with year-over-year change, bars across federations and \
            lines across years, then the audit findings. HTML is one self-contained file (inline \
            CSS and SVG, no script). The same input always gives the same bytes.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

        @Argument(help: ArgumentHelp("The report to digest.", valueName: "file"))
        var file: String?

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
            if (file == nil) == (db == nil) { throw ValidationError("give a report file or --db, not both (and not neither)") }
            if file != nil && (federation != nil || years != nil) { throw ValidationError("--federation and --years go with --db") }
            _ = try yearRange
        }

        var yearRange: ClosedRange<Int>? { get throws { try parseYears(years) } }

        func run() throws {
            let text: String
            if let file {
                let pipeline = try input.pipeline()
                let document = try report { try pipeline.document(at: file) }
                var digest = ReportDigest(document: document, extraction: pipeline.extraction(of: document), pipeline: pipeline)
                digest.language = lang
                text = format == .md ? DigestMarkdown.report(digest) : DigestHTML.report(digest)
            } else if let db {
                let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
                guard FileManager.default.fileExists(atPath: db) else {
                    Console.error("\(db): no such database (make one with gonghui ingest)")
                    throw ExitCode(1)
                }
                let store = try report { try Store(path: db, readOnly: true) }
                let federation = try self.federation.map { try NameResolver.federation($0, in: store) }
                let filter = Store.Filter(federation: federation, years: try yearRange)
                let records = Dictionary(grouping: try report { try store.records(filter) }, by: { $0.source ?? "" })
                let documents = try report { try store.documents() }.compactMap { d -> AuditDocument? in
                    guard let rs = records[d.sourcePath] else { return nil }
                    return AuditDocument(source: d.sourcePath, text: UTF16Text(d.text), records: rs)
                }
                var digest = CorpusDigest(documents: documents, dictionaries: dictionaries)
                digest.language = lang
                text = format == .md ? DigestMarkdown.corpus(digest, catalog: dictionaries.metrics) : DigestHTML.corpus(digest, catalog: dictionaries.metrics)
            } else {
                return
            }
            try OutputFile.emit(text, to: output)
        }
    }
}

extension DigestLanguage: ExpressibleByArgument {}
