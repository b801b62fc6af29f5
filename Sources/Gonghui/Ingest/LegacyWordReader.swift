import Foundation

/// Reads Word 97–2003 files (.doc) through `antiword` (a subprocess; Debian package antiword):
/// paragraphs as lines, table rows (antiword draws them as |cell |cell |) as tab-separated cells.
struct LegacyWordReader: Sendable {
    let limits: IngestLimits

    static let timeout = 60.0

    func read(_ bytes: [UInt8], path: String) throws(GonghuiError) -> String {
        guard let antiword = Subprocess.locate("antiword") else {
            throw GonghuiError(.unsupportedFormat, "\(path): reading .doc needs antiword (Debian package antiword; scripts/deps installs it), or save it as .docx")
        }
        // -w 0: no wrapping, one paragraph per line; -m UTF-8.txt: UTF-8 output.
        let run = try Subprocess.withTemporaryFile(bytes, suffix: ".doc", path: path) { file throws(GonghuiError) in
            try Subprocess.run(antiword, ["-m", "UTF-8.txt", "-w", "0", file], timeout: Self.timeout, maxOutput: limits.maxDecompressedBytes, path: path)
        }
        guard run.status == 0 else {
            // Files antiword does not know (Word 6/95, WPS): LibreOffice, when installed.
            if let text = try LibreOffice.text(of: bytes, suffix: ".doc", path: path) { return text }
            let why = run.errors.split(separator: "\n").first.map { String($0).replacingOccurrences(of: "I can't ", with: "cannot ") } ?? "antiword failed"
            throw GonghuiError(.brokenContainer, "\(path): not a readable Word 97–2003 document (\(why))")
        }
        let text = String(decoding: run.output, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("|"), line.hasSuffix("|") else { return String(line) }
            return line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }
}

