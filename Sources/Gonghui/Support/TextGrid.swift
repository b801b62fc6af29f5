/// Rows of cells aligned in columns for a terminal, where a Han character takes two cells.
public enum TextGrid {
    /// The rows as lines, columns two spaces apart; a rule under the first row when `header`.
    public static func render(_ rows: [[String]], header: Bool = true) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], displayWidth(c)) } }
        var out = ""
        for (n, row) in rows.enumerated() {
            var line = ""
            for (i, c) in row.enumerated() {
                line += c
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - displayWidth(c) + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
            if n == 0 && header { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// Terminal cells: East Asian wide characters take two.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            let v = u.value
            let wide = (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
                || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60)
                || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x20000 && v <= 0x3FFFD)
            return w + (wide ? 2 : 1)
        }
    }
}
