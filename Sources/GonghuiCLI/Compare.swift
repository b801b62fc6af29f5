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

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json, md }

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

        @Option(help: "Output format: table, csv, json or md.")
        var format: Format = .table

        @OptionGroup var input: DictionaryOptions

        var metricIds: [String] { metric.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } }

        var yearRange: ClosedRange<Int>? { get throws { try parseYears(years) } }

        func validate() throws { _ = try yearRange }

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
            let out = Console.Output()
            switch format {
            case .table: out.write(ComparisonRender.table(comparison))
            case .md: out.write(ComparisonRender.markdown(comparison))
            case .csv: out.write(ComparisonRender.csv(comparison))
            case .json: out.write(ComparisonRender.json(comparison))
            }
            out.flush()
        }
    }
}

extension Comparison.Dimension: ExpressibleByArgument {}
