import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import Gonghui
import GonghuiServer
import GonghuiStore

extension GonghuiCommand {
    /// `gonghui serve`: the corpus database in a browser.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Browse a corpus database in a web browser (read-only).",
            discussion: """
            Pages: documents (filter by federation, region, year, format), each document's text \
            with its figures marked, a search of the figures, comparisons with charts (and CSV / \
            Excel downloads), the audit's findings and the corpus digest; every figure links to \
            its sentence. The database is opened read-only: ingest can add documents while the \
            server runs, and they show on the next request. Listens on 127.0.0.1 unless --host \
            says otherwise. Ctrl-C stops it.
            """)

        @Option(help: ArgumentHelp("The corpus database (made by gonghui ingest).", valueName: "file"))
        var db: String = "gonghui.sqlite"

        @Option(help: ArgumentHelp("Address to listen on (0.0.0.0 serves the whole network).", valueName: "address"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp("Port to listen on.", valueName: "n"))
        var port: Int = 8080

        @OptionGroup var input: DictionaryOptions

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port takes a port from 1 to 65535, not \(port)") }
        }

        func run() throws {
            let dictionaries = try report { try Dictionaries.load(explicit: input.dictionaries) }
            guard FileManager.default.fileExists(atPath: db) else {
                Console.error("\(db): no such database (make one with gonghui ingest)")
                throw ExitCode(1)
            }
            let store = try report { try Store(path: db, readOnly: true) }
            let site = CorpusSite(store: store, dictionaries: dictionaries, background: true)
            if !CorpusServer.isLoopback(host) {
                Console.warning("listening on \(host): anyone who can reach this machine on port \(port) can read the corpus")
            }
            let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
            let path = db, host = self.host, port = self.port
            let outcome = Mutex<String?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await CorpusServer.run(site: site, host: host, port: port) {
                        Console.note("serving \(path) at \(address) (Ctrl-C stops)")
                    }
                } catch {
                    let failure = "cannot serve on \(host):\(port): \(Self.reason(error))"
                    outcome.withLock { $0 = failure }
                }
                done.signal()
            }
            done.wait()
            if let failure = outcome.withLock({ $0 }) {
                Console.error(failure)
                throw ExitCode(1)
            }
        }

        /// The reason in a few words (NIO's errors print as structures).
        static func reason(_ error: Error) -> String {
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") { return "the port is in use" }
            if text.contains("Permission denied") || text.contains("EACCES") { return "not permitted (ports below 1024 need privileges)" }
            if text.contains("Cannot assign requested address") || text.contains("EADDRNOTAVAIL") { return "this machine has no such address" }
            return text
        }
    }
}
