import Foundation

/// Charts drawn as inline SVG (no script, no network): bars across federations, lines across
/// years. Every bar and point carries its label and value as attributes, so the numbers it
/// draws can be checked against the tables beside it.
public enum DigestChart {
    static let palette = ["#c0392b", "#2471a3", "#229954", "#b9770e", "#7d3c98", "#138d75", "#566573", "#a04000"]

    /// Horizontal bars, longest first: width proportional to the value.
    public static func bars(_ bars: [CorpusDigest.Bar], title: String) -> String {
        guard let maxValue = bars.map(\.value).max(), maxValue > 0 else { return "" }
        let labelWidth = 170.0, barArea = 330.0, rowHeight = 26.0, top = 28.0
        let height = top + rowHeight * Double(bars.count) + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 640 \(fmt(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text class=\"chart-title\" x=\"0\" y=\"16\">\(escape(title))</text>"
        for (k, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(k)
            let width = max(1, (NSDecimalNumber(decimal: bar.value).doubleValue / NSDecimalNumber(decimal: maxValue).doubleValue) * barArea)
            let shown = ChineseNumberStyle.format(bar.value, unit: bar.unit)
            svg += "<text class=\"label\" x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 14))\" text-anchor=\"end\">\(escape(bar.label))</text>"
            svg += "<rect class=\"bar\" x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 2))\" width=\"\(fmt(width))\" height=\"18\" fill=\"\(palette[0])\""
            svg += " data-label=\"\(escape(bar.label))\" data-value=\"\(bar.value.plainString)\"><title>\(escape(bar.label)): \(escape(shown))</title></rect>"
            svg += "<text class=\"value\" x=\"\(fmt(labelWidth + width + 6))\" y=\"\(fmt(y + 15))\">\(escape(shown))</text>"
        }
        return svg + "</svg>"
    }

    /// One line per federation across the years, on a scale from zero.
    public static func lines(_ series: [CorpusDigest.Series], unit: RecordUnit, title: String) -> String {
        let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
        guard years.count >= 2, let maxValue = series.flatMap({ $0.points.map(\.value) }).max(), maxValue > 0 else { return "" }
        let left = 70.0, right = 620.0, top = 30.0, bottom = 200.0
        let legendRows = Double((series.count + 2) / 3)
        let height = bottom + 30 + legendRows * 18
        let scale = NSDecimalNumber(decimal: maxValue).doubleValue
        func x(_ year: Int) -> Double {
            left + (right - left) * Double(years.firstIndex(of: year)!) / Double(years.count - 1)
        }
        func y(_ value: Decimal) -> Double { bottom - (bottom - top) * NSDecimalNumber(decimal: value).doubleValue / scale }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart lines\" viewBox=\"0 0 640 \(fmt(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text class=\"chart-title\" x=\"0\" y=\"16\">\(escape(title))</text>"
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(bottom))\" stroke=\"#999\"/>"
        svg += "<text class=\"tick\" x=\"\(fmt(left - 6))\" y=\"\(fmt(top + 4))\" text-anchor=\"end\">\(escape(ChineseNumberStyle.format(maxValue, unit: unit)))</text>"
        svg += "<text class=\"tick\" x=\"\(fmt(left - 6))\" y=\"\(fmt(bottom + 4))\" text-anchor=\"end\">0</text>"
        for year in years {
            svg += "<text class=\"tick\" x=\"\(fmt(x(year)))\" y=\"\(fmt(bottom + 18))\" text-anchor=\"middle\">\(year)</text>"
        }
        for (k, s) in series.enumerated() {
            let color = palette[k % palette.count]
            let points = s.points.map { "\(fmt(x($0.year))),\(fmt(y($0.value)))" }.joined(separator: " ")
            svg += "<polyline class=\"series\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>"
            for p in s.points {
                let shown = ChineseNumberStyle.format(p.value, unit: unit)
                svg += "<circle class=\"point\" cx=\"\(fmt(x(p.year)))\" cy=\"\(fmt(y(p.value)))\" r=\"3.5\" fill=\"\(color)\""
                svg += " data-label=\"\(escape(s.label))\" data-year=\"\(p.year)\" data-value=\"\(p.value.plainString)\"><title>\(escape(s.label)) \(p.year): \(escape(shown))</title></circle>"
            }
            let lx = 10.0 + Double(k % 3) * 210, ly = bottom + 40 + Double(k / 3) * 18
            svg += "<rect x=\"\(fmt(lx))\" y=\"\(fmt(ly - 9))\" width=\"12\" height=\"4\" fill=\"\(color)\"/>"
            svg += "<text class=\"legend\" x=\"\(fmt(lx + 18))\" y=\"\(fmt(ly - 3))\">\(escape(s.label))</text>"
        }
        return svg + "</svg>"
    }

    /// A number with one decimal at most, the same on every machine.
    static func fmt(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Escaped for XML text and attributes.
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
