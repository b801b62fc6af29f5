import ArgumentParser
import Gonghui

extension GonghuiCommand {
    /// `gonghui segment FILE|- [--sentences]`: one sentence per line, words separated by spaces.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a report's sentences, one per line, with words separated by single spaces.")

        @Argument(help: ArgumentHelp("The report to read; - reads standard input.", valueName: "file"))
        var file: String

        @Flag(help: "Print sentences only, without splitting them into words.")
        var sentences = false

        @OptionGroup var input: InputOptions

        func run() throws {
            let pipeline = try input.pipeline()
            let document = try report { try pipeline.document(at: file) }
            for w in document.warnings { Console.warning(w.message) }
            let text = document.text
            let out = Console.Output()
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
        }
    }
}
