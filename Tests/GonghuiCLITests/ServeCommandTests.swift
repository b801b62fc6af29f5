import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GonghuiTestSupport
import Testing

/// `gonghui serve` as a user starts it: it says where it listens, answers on 127.0.0.1, stops
/// cleanly on Ctrl-C, and refuses what it cannot do with one line and exit 1.
@Suite(.serialized)
struct ServeCommandTests {
    static let db: String = {
        let dir = try! TestSupport.temporaryDirectory("serve-cli")
        let path = dir.appendingPathComponent("corpus.sqlite").path
        _ = try! TestSupport.run(["ingest", "corpora/reports", "--db", path, "--quiet"])
        return path
    }()

    /// Waits until `file` contains `text` (the server's first line), up to `seconds`.
    static func wait(for text: String, in file: URL, seconds: Double = 20) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let s = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if s.contains(text) { return s }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    static func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test("serves on 127.0.0.1 by default, answers pages, and stops on SIGINT with status 0; a second server on the same port fails with one line")
    func serves() async throws {
        let dir = try TestSupport.temporaryDirectory("serve-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let port = Int.random(in: 20_000...60_000)
        let (out, err) = (dir.appendingPathComponent("out"), dir.appendingPathComponent("err"))
        let server = try TestSupport.launch(["serve", "--db", Self.db, "--port", String(port)], stdout: out, stderr: err)
        defer { if server.isRunning { server.terminate() } }
        let said = Self.wait(for: "serving", in: err)
        #expect(said.contains("serving \(Self.db) at http://127.0.0.1:\(port)/"), "\(said)")
        let (status, body) = try await Self.get("http://127.0.0.1:\(port)/records?metric=members.count")
        #expect(status == 200 && body.contains("<h1>数字</h1>"))
        let (bad, message) = try await Self.get("http://127.0.0.1:\(port)/records?year=abc")
        #expect(bad == 400 && message.contains("year takes a year or a range"))

        let second = try TestSupport.run(["serve", "--db", Self.db, "--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(port): the port is in use"), "\(second.stderr)")
        #expect(second.stderr.split(separator: "\n").count == 1)

        server.interrupt()
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
    }

    @Test("a missing database or a bad port is refused before anything listens",
          arguments: [(["--db", "/nonexistent/corpus.sqlite"], 1, "no such database"), (["--port", "70000"], 64, "--port takes a port from 1 to 65535")])
    func refused(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let r = try TestSupport.run(["serve"] + (arguments.contains("--db") ? arguments : ["--db", Self.db] + arguments))
        #expect(r.status == status)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
