import Foundation

/// LibreOffice as the reader of last resort (.wps and Word files antiword does not know):
/// `soffice --headless --convert-to txt`, with a private profile, when it is installed.
enum LibreOffice {
    static let timeout = 180.0

    /// The document's text, or nil when LibreOffice is not installed.
    static func text(of bytes: [UInt8], suffix: String, path: String) throws(GonghuiError) -> String? {
        guard let soffice = Subprocess.locate("soffice") ?? Subprocess.locate("libreoffice") else { return nil }
        return try Subprocess.withTemporaryFile(bytes, suffix: suffix, path: path) { file throws(GonghuiError) in
            let dir = file + ".out"
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let run = try Subprocess.run(soffice, ["--headless", "-env:UserInstallation=file://" + dir + "/profile",
                                                   "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, file],
                                         timeout: timeout, maxOutput: 1 << 20, path: path)
            let out = dir + "/" + ((file as NSString).lastPathComponent as NSString).deletingPathExtension + ".txt"
            guard run.status == 0, let data = FileManager.default.contents(atPath: out) else {
                throw GonghuiError(.brokenContainer, "\(path): LibreOffice could not read it either")
            }
            var text = String(decoding: data, as: UTF8.self)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return text
        }
    }
}
