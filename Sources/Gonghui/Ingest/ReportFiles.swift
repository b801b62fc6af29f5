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
    }

    public static let readableExtensions: Set<String> = Ingestor.textExtensions.union(Ingestor.htmlExtensions).union(["docx"])
    /// What a directory walk takes as reports (a README.md or a .csv beside them is not one;
    /// named on the command line, any readable file is read).
    public static let reportExtensions: Set<String> = Set(["txt", "text", "docx"]).union(Ingestor.htmlExtensions)

    public static func list(_ paths: [String]) throws(GonghuiError) -> Listing {
        var files: [String] = []
        var missing: [String] = []
        var skipped: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else { missing.append(path); continue }
            var found: [String] = []
            while let item = walker.nextObject() as? String {
                let name = (item as NSString).lastPathComponent
                if name.hasPrefix(".") { walker.skipDescendants(); continue }
                let full = (path as NSString).appendingPathComponent(item)
                var dir: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue else { continue }
                if reportExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(full)
                } else {
                    skipped.append(full)
                }
            }
            files += found.sorted()
        }
        return Listing(files: files, missing: missing, skipped: skipped.sorted())
    }
}
