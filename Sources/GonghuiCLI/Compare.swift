import ArgumentParser
import Foundation
import Gonghui
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui compare`: metric values across federations (or regions) and years.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare metrics across federations, regions and years, from a corpus database.",
            discussion: """
            One table per metric (Chinese name and id): rows are federations (or regions, or \
            years with --by year), columns are years (or federations), each cell the figure with \
            its change on the year before (percent, or percentage points for rates). Where a \
            federation-year has several different figures, all are shown, with a note naming \
            each one's source. Only level figures that are not parts of another (其中) are compared.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, md, xlsx }

        @Option(help: ArgumentHelp("The corpus database (made by gonghui ingest).", valueName: "file"))
        var db: String = "gonghui.sqlite"

        @Option(parsing: .singleValue, help: ArgumentHelp("Metric ids to compare, comma-separated or repeated (default: every metric stated).", valueName: "id,..."))
        var metric: [String] = []

        @Option(help: "Rows by federation, region or year.")
        var by: Comparison.Dimension = .federation

        @Option(help: ArgumentHelp("Only this federation (or region), e.g. 洛阳市总工会 or 洛阳市.", valueName: "name"))
        var federation: String?

        @Option(help: ArgumentHelp("Only these years: 2021-2023, or 2022.", valueName: "A-B"))
        var years: String?

        @Option(help: "Output format: table, csv, json, md, or xlsx (a workbook: a sheet per metric and a notes sheet; needs --output).")
        var format: Format = .table

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?

        @OptionGroup var input: DictionaryOptions

        var metricIds: [String] { metric.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } }

        var yearRange: ClosedRange<Int>? { get throws { try parseYears(years) } }

        func validate() throws {
            _ = try yearRange
            if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook: give --output FILE.xlsx") }
        }

        func run() throws {
            let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
            let metricIds = try NameResolver.metrics(self.metricIds, catalog: dictionaries.metrics)
            guard FileManager.default.fileExists(atPath: db) else {
                Console.error("\(db): no such database (make one with gonghui ingest)")
                throw ExitCode(1)
            }
            let store = try report { try Store(path: db, readOnly: true) }
            let federation = try self.federation.map { try NameResolver.federation($0, in: store) }
            let records = try report { try store.records(Store.Filter(metrics: metricIds, federation: federation, years: try? yearRange)) }
            let comparison = Comparison(records: records, catalog: dictionaries.metrics, by: by, metrics: metricIds,
                                        statements: FigureStatements(dictionaries: dictionaries))
            // Nothing to show is an answer the user must not mistake for a table.
            guard comparison.tables.contains(where: { !$0.rows.isEmpty }) else {
                Console.error("nothing stated in \(db) for " + ([metricIds.isEmpty ? nil : metricIds.joined(separator: ","), federation, years].compactMap { $0 }.joined(separator: ", ")).ifEmpty("any metric"))
                throw ExitCode(1)
            }
            if format == .xlsx, let output {
                try OutputFile.write(bytes: try report { try RecordWorkbook.comparison(comparison, dictionaries: dictionaries).data() }, to: output)
                return
            }
            let text: String
            switch format {
            case .table: text = ComparisonRender.table(comparison)
            case .md: text = ComparisonRender.markdown(comparison)
            case .csv: text = ComparisonRender.csv(comparison)
            case .json, .xlsx: text = ComparisonRender.json(comparison)
            }
            try OutputFile.emit(text, to: output)
        }
    }
}

extension Comparison.Dimension: ExpressibleByArgument {}
