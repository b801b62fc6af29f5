import ArgumentParser
import Foundation
import Gonghui

/// `gonghui`: reads Chinese trade-union work reports and turns them into numbers.
@main
struct GonghuiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gonghui",
        abstract: "Read Chinese trade-union work reports and turn their figures into records.",
        discussion: """
        Reads .txt (UTF-8, UTF-16, GB18030/GBK, Big5), .html and .docx reports, normalises them \
        (NFKC, simplified characters, no web boilerplate), segments them, recognises quantities \
        and extracts metric records.
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Ingest.self, Compare.self, Audit.self, Digest.self, Serve.self, Normalize.self, Segment.self, Quantities.self, Bench.self]
    )

    /// Paths in bulk are taken off the command line before it is parsed (PathArguments).
    static func main() {
        main(PathArguments.split(Array(CommandLine.arguments.dropFirst())))
    }
}
