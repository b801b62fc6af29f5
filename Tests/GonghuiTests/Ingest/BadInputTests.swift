import Foundation
import Gonghui
import GonghuiTestSupport
import Testing
import ZIPFoundation

/// Bad input of every kind gets a specific one-line error, never a crash, a hang or an empty
/// document that silently yields nothing.
struct BadInputTests {
    static let cases: [(String, GonghuiError.Code)] = [
        ("corpora/bad/empty.txt", .empty),
        ("corpora/bad/binary.txt", .binary),
        ("corpora/bad/truncated.docx", .brokenContainer),
        ("corpora/bad/not-zip.docx", .brokenContainer),
        ("corpora/bad/no-document.docx", .brokenContainer),
        ("corpora/bad/broken-xml.docx", .brokenMarkup),
        ("corpora/bad/entity.docx", .brokenMarkup),
        ("corpora/bad/unknown.xyz", .unsupportedFormat),
        ("corpora/bad/workbook.xlsx", .unsupportedFormat),
        ("corpora/bad/reports.zip", .unsupportedFormat),
        // Found by FuzzDOCX: a central directory pointing past the end of the data made
        // ZIPFoundation's in-memory reader trap.
        ("corpora/bad/zip-offset-past-end.docx", .brokenContainer),
        // Also FuzzDOCX: a stored entry claiming more bytes than the file holds made the reader
        // loop for ever (a hang, not a crash).
        ("corpora/bad/zip-stored-past-end.docx", .brokenContainer),
        // And a deflate stream that never ends: ZIPFoundation read past it for ever.
        ("corpora/bad/zip-endless-deflate.docx", .brokenContainer),
        ("corpora/bad/no-such-file.txt", .fileNotFound),
        ("corpora/bad", .isDirectory),
    ]

    @Test("each bad input fails with its own error, naming the file on one line", arguments: cases)
    func rejected(_ c: (String, GonghuiError.Code)) {
        let path = TestSupport.path(c.0)
        #expect {
            _ = try TestSupport.pipeline().document(at: path)
        } throws: { error in
            guard let e = error as? GonghuiError else { return false }
            return e.code == c.1 && e.message.hasPrefix(path) && !e.message.contains("\n")
        }
    }

    @Test("the DTD of entity.docx is refused before parsing: no entity is ever expanded")
    func entities() {
        #expect {
            _ = try TestSupport.pipeline().document(at: TestSupport.path("corpora/bad/entity.docx"))
        } throws: { error in
            (error as? GonghuiError)?.message.contains("DTD") == true
        }
    }

    @Test("a zip bomb stops at the decompression limit")
    func zipBomb() throws {
        // 8 MB of zeros compress to a few kilobytes; the limit here is 1 MB.
        let archive = try Archive(accessMode: .create)
        let size: Int64 = 8 << 20
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate) { position, chunk in
            Data(count: chunk)
        }
        let bytes = try #require(archive.data)
        let pipeline = TestSupport.pipeline(limits: IngestLimits(maxDecompressedBytes: 1 << 20))
        #expect {
            _ = try pipeline.document(bytes: [UInt8](bytes), path: "bomb.docx")
        } throws: { error in
            (error as? GonghuiError)?.code == .zipBomb
        }
    }

    @Test("a file over the size limit is refused before it is read")
    func tooLarge() {
        let pipeline = TestSupport.pipeline(limits: IngestLimits(maxFileBytes: 1000))
        #expect {
            _ = try pipeline.document(at: TestSupport.path("corpora/formats/report.utf8.txt"))
        } throws: { error in
            (error as? GonghuiError)?.code == .tooLarge
        }
    }

    @Test("a few broken bytes in a GBK file are reported with their offsets, the rest is read")
    func undecodableBytesAreReported() throws {
        var bytes = try [UInt8](Data(contentsOf: TestSupport.url("corpora/formats/report.gbk.txt")))
        bytes[100] = 0xFF
        bytes[101] = 0xFF
        let document = try TestSupport.pipeline().document(bytes: bytes, path: "damaged.txt")
        #expect(document.source.encoding == "GB18030")
        let warning = try #require(document.warnings.first)
        #expect(warning.message.contains("byte offset"))
        #expect(warning.message.contains("byte offsets 99, 101"))
        #expect(document.text.string.contains("\u{FFFD}"))
    }

    @Test("an encoding the user forces is used; an unknown one is an error")
    func forcedEncoding() throws {
        let big5 = TestSupport.pipeline(encoding: "big5")
        let document = try big5.document(at: TestSupport.path("corpora/formats/report.big5.txt"))
        #expect(document.text.string.contains("工会会员"))
        #expect {
            _ = try TestSupport.pipeline(encoding: "no-such-charset").document(at: TestSupport.path("corpora/formats/report.utf8.txt"))
        } throws: { error in
            (error as? GonghuiError)?.code == .unknownEncoding
        }
    }
}

/// File extensions decide the format; the fast reading of them must agree with Foundation's.
@Suite struct PathExtensionTests {
    static let paths = ["a/b.txt", "b.TXT", "report.big5.txt", "no-extension", "dir.d/file", ".hidden", "dir/.hidden", "trailing.",
                        "/abs/x.docx", "洛阳市.html", "a/b.c/d.PDF", "", "."]

    @Test(arguments: paths)
    func agreesWithFoundation(_ path: String) {
        #expect(Ingestor.pathExtension(path) == (path as NSString).pathExtension.lowercased())
    }
}
