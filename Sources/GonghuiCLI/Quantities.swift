import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui quantities FILE|-`: every quantity of a report, one JSON object a line.
    struct Quantities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every quantity in a report, one JSON object per line.",
            discussion: """
            Each line: {"surface": "19.8万余人", "value": 198000, "unit": "person", "qualifier": "over", \
            "start": 12, "end": 19}. unit is null for a bare number or a measure outside the record \
            units; start and end count Unicode scalars of the normalised text (see `gonghui normalize`).
            """)

        @Argument(help: ArgumentHelp("The report to read; - reads standard input.", valueName: "file"))
        var file: String

        @OptionGroup var input: InputOptions

        func run() throws {
            let pipeline = try input.pipeline()
            let document = try report { try pipeline.document(at: file) }
            for w in document.warnings { Console.warning(w.message) }
            let out = Console.Output()
            for q in pipeline.quantities.quantities(in: document.text) {
                out.line(q.jsonLine(in: document.text))
            }
        }
    }
}
