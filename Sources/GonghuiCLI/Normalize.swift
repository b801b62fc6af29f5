import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui normalize FILE|DIR|-...`: the normalised text of reports.
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the normalised text of a report (NFKC, simplified, without web boilerplate).",
            discussion: """
            Several reports (files, directories, --files-from) are printed one after another, each \
            after a line ==> PATH <==; with --output DIR each goes to DIR/NAME.txt. A report that \
            cannot be read is reported on stderr, the others are still printed, and the exit status is 1.
            """)

        @Argument(help: ArgumentHelp("Reports to read (files or directories); - reads standard input.", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("Write each report's text to NAME.txt in this existing directory.", valueName: "dir"))
        var output: String?

        @OptionGroup var input: InputOptions

        @Flag(help: "Also print what was detected (format, encoding, title, date) on stderr.")
        var verbose = false

        func run() throws {
            // Only what reading and normalising need: a script calling this per file pays little.
            let (ingestor, normalizer) = try input.normalizing()
            var run = try ReportRun(files, list: list)
            try run.forEach(output: ReportRun.outputDirectory(output), ext: "txt", read: { path throws(GonghuiError) in
                let document = normalizer.normalize(try ingestor.read(path: path))
                for w in document.warnings { Console.warning(w.message) }
                if verbose {
                    let m = document.metadata
                    Console.warning("\(path): format \(document.source.format.rawValue), encoding \(document.source.encoding), title \(m.title ?? "-"), date \(m.date?.description ?? "-"), \(m.removedLineCount) boilerplate lines removed")
                }
                return document.text
            }, write: { text, _, out in
                out.write(text.string)
                if !text.isEmpty { out.write("\n") }
            })
        }
    }
}
