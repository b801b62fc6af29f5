import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui normalize FILE|-`: the normalised text of one report.
    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the normalised text of a report (NFKC, simplified, without web boilerplate).")

        @Argument(help: ArgumentHelp("The report to read; - reads standard input.", valueName: "file"))
        var file: String

        @OptionGroup var input: InputOptions

        @Flag(help: "Also print what was detected (format, encoding, title, date) on stderr.")
        var verbose = false

        func run() throws {
            // Only what reading and normalising need: a script calling this per file pays little.
            let (ingestor, normalizer) = try input.normalizing()
            let document = try report { try normalizer.normalize(ingestor.read(path: file)) }
            for w in document.warnings { Console.warning(w.message) }
            if verbose {
                let m = document.metadata
                Console.warning("format \(document.source.format.rawValue), encoding \(document.source.encoding), title \(m.title ?? "-"), date \(m.date?.description ?? "-"), \(m.removedLineCount) boilerplate lines removed")
            }
            let out = Console.Output()
            out.write(document.text.string)
            if !document.text.isEmpty { out.write("\n") }
        }
    }
}
