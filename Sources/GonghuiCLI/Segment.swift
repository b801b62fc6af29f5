import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui segment FILE|DIR|-... [--sentences]`: one sentence per line, words separated by spaces.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a report's sentences, one per line, with words separated by single spaces.",
            discussion: """
            Several reports (files, directories, --files-from) are printed one after another, each \
            after a line ==> PATH <==; with --output DIR each goes to DIR/NAME.txt.
            """)

        @Argument(help: ArgumentHelp("Reports to read (files or directories); - reads standard input.", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: ArgumentHelp("Write each report's sentences to NAME.txt in this existing directory.", valueName: "dir"))
        var output: String?

        @Flag(help: "Print sentences only, without splitting them into words.")
        var sentences = false

        @OptionGroup var input: InputOptions

        func run() throws {
            let pipeline = try input.pipeline()
            var run = try ReportRun(files, list: list)
            try run.forEach(output: ReportRun.outputDirectory(output), ext: "txt", read: { path throws(GonghuiError) in
                let document = try pipeline.document(at: path)
                for w in document.warnings { Console.warning(w.message) }
                return document.text
            }, write: { text, _, out in
                if sentences {
                    for r in pipeline.segmenter.sentences(text) { out.line(text[r]) }
                    return
                }
                let seg = pipeline.segmenter.segment(text)
                for s in seg.sentences {
                    var words: [String] = []
                    for t in seg.tokens[s.tokens] where t.kind != .space {
                        let r = max(t.range.lowerBound, s.range.lowerBound)..<min(t.range.upperBound, s.range.upperBound)
                        if !r.isEmpty { words.append(text[r]) }
                    }
                    out.line(words.joined(separator: " "))
                }
            })
        }
    }
}
