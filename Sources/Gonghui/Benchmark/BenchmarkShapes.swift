import Foundation

/// Real text at real sizes: a folder of real reports replicated to a size, in the three shapes
/// users feed — mid-size files (a report per file), many small files (press items, exports of
/// thousands), one large file (a yearbook, a compilation) — so that speed is measured on the
/// density of real text and cost can be checked to grow with the input, not faster.
public enum BenchmarkShapes {
    public enum Shape: String, CaseIterable, Sendable {
        case mid = "mid-size files (86 KB)"
        case small = "many small files (1.5 KB)"
        case large = "one large file"

        var folder: String {
            switch self {
            case .mid: return "mid"
            case .small: return "small"
            case .large: return "large"
            }
        }
    }

    public static let midBytes = 86 * 1024
    public static let smallBytes = 1536
    /// Files per folder of the small shape (a folder of 13,000 files is slow to list on some
    /// file systems).
    static let filesPerFolder = 1000

    /// Writes each shape, about `bytes` of UTF-8 each, from the documents' texts (taken in turn
    /// until the size is reached), into a folder of `directory`. Returns the files of each shape.
    public static func replicate(_ texts: [String], bytes: Int, into directory: URL) throws -> [Shape: [String]] {
        let documents = texts.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.filter { !$0.isEmpty }
        guard !documents.isEmpty else { throw GonghuiError(.empty, "\(directory.path): no text to replicate") }
        var out: [Shape: [String]] = [:]
        let fm = FileManager.default
        for shape in Shape.allCases {
            let folder = directory.appendingPathComponent(shape.folder)
            try? fm.removeItem(at: folder)
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            var files: [String] = []
            func write(_ text: String) throws {
                var dir = folder
                if shape == .small {
                    dir = folder.appendingPathComponent(String(format: "%04d", files.count / filesPerFolder))
                    if files.count % filesPerFolder == 0 { try fm.createDirectory(at: dir, withIntermediateDirectories: true) }
                }
                let url = dir.appendingPathComponent(String(format: "%06d.txt", files.count))
                try Data(text.utf8).write(to: url)
                files.append(url.path)
            }
            // The pieces of this shape, in turn, until the size is reached.
            let pieces: [String] = shape == .small ? documents.flatMap { split($0, every: smallBytes) } : documents
            var written = 0, k = 0
            var buffer = ""
            var bufferBytes = 0
            while written < bytes {
                let piece = pieces[k % pieces.count]
                k += 1
                let n = piece.utf8.count
                written += n
                switch shape {
                case .small:
                    try write(piece)
                case .mid:
                    buffer += piece
                    bufferBytes += n
                    if bufferBytes >= midBytes { try write(buffer); buffer = ""; bufferBytes = 0 }
                case .large:
                    buffer += piece
                }
            }
            if !buffer.isEmpty { try write(buffer) }
            out[shape] = files
        }
        return out
    }

    /// A document cut at line ends into pieces of about `size` bytes.
    static func split(_ text: String, every size: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        var bytes = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            bytes += line.utf8.count + 1
            if bytes >= size { pieces.append(current); current = ""; bytes = 0 }
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { pieces.append(current) }
        return pieces
    }
}
