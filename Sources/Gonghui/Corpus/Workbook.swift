import Foundation
import ZIPFoundation

/// An Excel workbook (Office Open XML, .xlsx) for the research office's spreadsheets: numbers
/// stored as numbers, Chinese text as inline strings, a bold frozen header row with an
/// autofilter, column widths that fit. Written with ZIPFoundation; opens without a repair prompt
/// in Excel, WPS and LibreOffice (checked with LibreOffice).
public struct Workbook: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Decimal)
        case empty
    }

    public struct Sheet: Sendable {
        public var name: String
        /// The first row is the header.
        public var rows: [[Cell]]
        public init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) { self.sheets = sheets }

    /// The workbook's bytes.
    public func data() throws(GonghuiError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            func add(_ path: String, _ text: String) throws {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                                     provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
            }
            let names = uniqueNames()
            try add("[Content_Types].xml", contentTypes())
            try add("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """)
            try add("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(names.enumerated().map { k, n in "<sheet name=\"\(Self.escape(n))\" sheetId=\"\(k + 1)\" r:id=\"rId\(k + 1)\"/>" }.joined())</sheets></workbook>
                """)
            try add("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheets.indices.map { k in "<Relationship Id=\"rId\(k + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>" }.joined())<Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """)
            try add("xl/styles.xml", Self.styles)
            for (k, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(k + 1).xml", Self.sheetXML(sheet)) }
            guard let data = archive.data else { throw GonghuiError(.brokenContainer, "cannot write the workbook") }
            return data
        } catch let e as GonghuiError {
            throw e
        } catch {
            throw GonghuiError(.brokenContainer, "cannot write the workbook (\(error))")
        }
    }

    func contentTypes() -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\(sheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())</Types>
        """
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of []:*?/\, unique.
    func uniqueNames() -> [String] {
        var used = Set<String>()
        return sheets.map { sheet in
            var base = String(sheet.name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if base.isEmpty { base = "Sheet" }
            var name = base, k = 2
            while used.contains(name.lowercased()) { name = String(base.prefix(27)) + " (\(k))"; k += 1 }
            used.insert(name.lowercased())
            return name
        }
    }

    /// One font for the body, a bold one for the header (style 1).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    static func sheetXML(_ sheet: Sheet) -> String {
        let columns = sheet.rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 6, count: columns)
        for row in sheet.rows {
            for (j, cell) in row.enumerated() {
                let w: Int
                switch cell {
                case .text(let s): w = TextGrid.displayWidth(s)
                case .number(let d): w = d.plainString.count
                case .empty: w = 0
                }
                widths[j] = max(widths[j], min(w + 2, 60))
            }
        }
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        s += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        s += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if columns > 0 { s += "<cols>" + widths.enumerated().map { "<col min=\"\($0 + 1)\" max=\"\($0 + 1)\" width=\"\($1)\" customWidth=\"1\"/>" }.joined() + "</cols>" }
        s += "<sheetData>"
        for (i, row) in sheet.rows.enumerated() {
            s += "<row r=\"\(i + 1)\">"
            for (j, cell) in row.enumerated() {
                let ref = column(j) + String(i + 1)
                let style = i == 0 ? " s=\"1\"" : ""
                switch cell {
                case .text(let t): s += "<c r=\"\(ref)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
                case .number(let d): s += "<c r=\"\(ref)\"\(style)><v>\(d.plainString)</v></c>"
                case .empty: continue
                }
            }
            s += "</row>"
        }
        s += "</sheetData>"
        if columns > 0 && sheet.rows.count > 1 { s += "<autoFilter ref=\"A1:\(column(columns - 1))\(sheet.rows.count)\"/>" }
        return s + "</worksheet>"
    }

    /// A, B, … Z, AA, AB …
    static func column(_ j: Int) -> String {
        var n = j + 1, out = ""
        while n > 0 { let r = (n - 1) % 26; out = String(UnicodeScalar(65 + r)!) + out; n = (n - 1) / 26 }
        return out
    }

    /// XML text, without the control characters XML forbids.
    static func escape(_ s: String) -> String {
        DigestChart.escape(String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" })))
    }
}
