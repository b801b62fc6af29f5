import ArgumentParser
import Gonghui

extension GonghuiCommand {
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure throughput (placeholder).")
        func run() throws {}
    }
}
