import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// A folder walk reads each entry's kind from the folder itself; links (to files, to folders,
/// dangling) must still come out as what they point at.
struct ReportFilesTests {
    @Test("a walk takes reports, skips other files and hidden ones, follows links and names dangling ones")
    func walkSortsEntries() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        for name in ["a.txt", "notes.csv", ".hidden.txt", "sub/b.html", "elsewhere/c.docx"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let p = { (name: String) in dir.appendingPathComponent(name).path }
        try fm.createSymbolicLink(atPath: p("link.txt"), withDestinationPath: p("a.txt"))
        try fm.createSymbolicLink(atPath: p("dangling.txt"), withDestinationPath: p("gone.txt"))
        try fm.createSymbolicLink(atPath: p("sub/folder-link"), withDestinationPath: p("elsewhere"))

        let listing = try ReportFiles.list([dir.path + "/"])
        // sub/folder-link leads to a folder walked already: not walked twice.
        #expect(listing.files == [p("a.txt"), p("elsewhere/c.docx"), p("link.txt"), p("sub/b.html")])
        #expect(listing.skipped == [p("notes.csv")])
        #expect(listing.missing == [p("dangling.txt")])
    }

    @Test("a named pipe is refused at once, not waited on")
    func fifoIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-fifo-\(UUID().uuidString).txt").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect {
            _ = try Ingestor(dictionaries: TestSupport.dictionaries).read(path: path)
        } throws: { error in
            (error as? GonghuiError)?.code == .unreadable
        }
    }
}
