import Foundation
import ZIPFoundation

/// Opens a ZIP container (.docx, .odt) for reading. From a file, not from memory:
/// ZIPFoundation's in-memory reader traps on a central directory that points past the end of
/// the data (found by FuzzDOCX; the reproducer is corpora/bad/zip-offset-past-end.docx), while its
/// file reader reports the same archive as damaged. Its readers also loop for ever on an entry
/// whose data runs past the end of the file (a stored entry claiming more bytes than it has:
/// FuzzDOCX, corpora/bad/zip-stored-past-end.docx), so entries are checked against the file's
/// size before anything is read.
enum ZipArchive {
    static func open(_ bytes: [UInt8], path: String, kind: String) throws(GonghuiError) -> Archive {
        try Subprocess.withTemporaryFile(bytes, suffix: ".zip", path: path) { file throws(GonghuiError) in
            let archive: Archive
            do {
                archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
            } catch {
                throw GonghuiError(.brokenContainer, "\(path): not a readable \(kind) (the ZIP container is damaged)")
            }
            if let problem = Self.entryPastEnd(bytes) {
                throw GonghuiError(.brokenContainer, "\(path): not a readable \(kind) (\(problem))")
            }
            return archive
        }
    }

    /// Checks what ZIPFoundation does not: that every entry of the central directory has its
    /// local header where it says, with the same compression method, and its data inside the
    /// file. Returns what is wrong, or nil. (ZIP64 sizes, 0xFFFFFFFF, are left to ZIPFoundation.)
    static func entryPastEnd(_ b: [UInt8]) -> String? {
        func u16(_ i: Int) -> Int { i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i + 4 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 : -1 }
        // The end-of-central-directory record, within the last 64 KB + 22 bytes.
        var eocd = -1
        var i = b.count - 22
        while i >= max(0, b.count - 65_557) {
            if u32(i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { return "no end of central directory" }
        let count = u16(eocd + 10)
        var at = u32(eocd + 16)
        if at == 0xFFFF_FFFF { return nil }
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50 else { return "a damaged central directory" }
            let method = u16(at + 10), size = u32(at + 20)
            let local = u32(at + 42)
            let next = at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32)
            if size == 0xFFFF_FFFF || local == 0xFFFF_FFFF { at = next; continue }
            guard u32(local) == 0x0403_4B50 else { return "an entry without its local header" }
            guard u16(local + 8) == method else { return "an entry whose two headers disagree on its compression" }
            let data = local + 30 + u16(local + 26) + u16(local + 28)
            guard data + size <= b.count else { return "an entry whose data runs past the end of the file" }
            at = next
        }
        return nil
    }
}
