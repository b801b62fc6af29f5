import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui quantities FILE|DIR|-...`: every quantity of reports, one JSON object a line.
    struct Quantities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every quantity in a report, one JSON object per line.",
            discussion: """
            Each line: {"surface": "19.8万余人", "value": 198000, "unit": "person", "qualifier": "over", \
            "start": 12, "end": 19}. unit is null for a bare number or a measure outside the record \
            units; start and end count Unicode scalars of the normalised text (see `gonghui normalize`). \
            With several reports (files, directories, --files-from) each line also has "source": PATH; \
            with --output DIR each report's lines go to DIR/NAME.jsonl.
            """)

        @Argument(help: ArgumentHelp("Reports to read (files or directories); - reads standard input.", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("Write each report's quantities to NAME.jsonl in this existing directory.", valueName: "dir"))
        var output: String?

        @OptionGroup var input: InputOptions

        func run() throws {
            let pipeline = try input.pipeline()
            var run = try ReportRun(files, list: list)
            let directory = try ReportRun.outputDirectory(output)
            // Lines of several reports on one stream say which report they are from.
            let sourced = directory == nil && run.inputs.count > 1
            try run.forEach(output: directory, ext: "jsonl", headed: false, read: { path throws(GonghuiError) in
                let document = try pipeline.document(at: path)
                for w in document.warnings { Console.warning(w.message) }
                return document.text
            }, write: { text, path, out in
                for q in pipeline.quantities.quantities(in: text) {
                    out.line(q.jsonLine(in: text, source: sourced ? path : nil))
                }
            })
        }
    }
}
