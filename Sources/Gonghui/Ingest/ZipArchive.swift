import Foundation
import ZIPFoundation

/// Opens a ZIP container (.docx, .odt) for reading. From a file, not from memory:
/// ZIPFoundation's in-memory reader traps on a central directory that points past the end of
/// the data (found by FuzzDOCX; the reproducer is corpora/bad/zip-offset-past-end.docx), while its
/// file reader reports the same archive as damaged.
enum ZipArchive {
    static func open(_ bytes: [UInt8], path: String, kind: String) throws(GonghuiError) -> Archive {
        try Subprocess.withTemporaryFile(bytes, suffix: ".zip", path: path) { file throws(GonghuiError) in
            do {
                return try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
            } catch {
                throw GonghuiError(.brokenContainer, "\(path): not a readable \(kind) (the ZIP container is damaged)")
            }
        }
    }
}
