import Foundation

/// Expands the paths a user gives (files and directories, recursively) into the report files
/// to read, in a stable order. Hidden files and Gonghui's own outputs are skipped.
public enum ReportFiles {
    public struct Listing: Sendable {
        public var files: [String]
        /// Paths given that do not exist (reported, not dropped silently).
        public var missing: [String]
        /// Files inside the directories given that are not reports by their extension (notes,
        /// data, images): left out, and said so.
        public var skipped: [String] = []
        /// Folders given that hold no report file: a warning and a non-zero exit, never a
        /// silent success with nothing read.
        public var empty: [String] = []
        /// Folders that could not be read or were too deep, with the reason.
        public var unreadable: [String] = []
    }

    public static let readableExtensions: Set<String> = Ingestor.textExtensions.union(Ingestor.htmlExtensions).union(["docx", "pdf", "doc", "rtf", "odt", "wps"])
    /// What a directory walk takes as reports (a README.md or a .csv beside them is not one;
    /// named on the command line, any readable file is read).
    public static let reportExtensions: Set<String> = Set(["txt", "text", "docx", "pdf", "doc", "rtf", "odt", "wps"]).union(Ingestor.htmlExtensions)

    /// How deep a directory walk goes: deeper folders are reported, not walked.
    public static let maxDepth = 64

    /// The report files under `paths`. Symbolic links to files and folders are followed; a link
    /// back to a folder already walked (a loop) is not walked twice.
    public static func list(_ paths: [String]) throws(GonghuiError) -> Listing {
        var listing = Listing(files: [], missing: [])
        var walked = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { listing.missing.append(path); continue }
            guard isDirectory.boolValue else { listing.files.append(path); continue }
            var found: [String] = []
            walk(path, depth: 0, walked: &walked, found: &found, listing: &listing)
            if found.isEmpty { listing.empty.append(path) }
            listing.files += found.sorted()
        }
        listing.skipped.sort()
        return listing
    }

    static func walk(_ dir: String, depth: Int, walked: inout Set<String>, found: inout [String], listing: inout Listing) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard walked.insert(real).inserted else { return }
        guard depth < maxDepth else { listing.unreadable.append("\(dir): more than \(maxDepth) folders deep"); return }
        guard let entries = entries(of: dir) else { listing.unreadable.append("\(dir): cannot read this folder"); return }
        for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
            let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            switch kind {
            case .missing: listing.missing.append(full)
            case .directory: walk(full, depth: depth + 1, walked: &walked, found: &found, listing: &listing)
            case .file:
                if reportExtensions.contains(Ingestor.pathExtension(name)) { found.append(full) } else { listing.skipped.append(full) }
            }
        }
    }

    enum EntryKind { case file, directory, missing }

    /// A folder's entries with their kind, from the directory itself (`d_type`): a stat per
    /// file cost more than reading a short report. Links and file systems that do not say are
    /// stat-ed, following links, so a dangling link is a file that is not there.
    static func entries(of dir: String) -> [(name: String, kind: EntryKind)]? {
        guard let handle = opendir(dir) else { return nil }
        defer { closedir(handle) }
        var out: [(name: String, kind: EntryKind)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): out.append((name, .file))
            case Int32(DT_DIR): out.append((name, .directory))
            default:
                var st = stat()
                let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if stat(full, &st) != 0 { out.append((name, .missing)) }
                else { out.append((name, (st.st_mode & S_IFMT) == S_IFDIR ? .directory : .file)) }
            }
        }
        return out
    }
}
