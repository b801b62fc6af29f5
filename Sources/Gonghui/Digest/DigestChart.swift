import Foundation

/// Charts drawn as inline SVG (no script, no network): bars across federations, lines across
/// years. Every bar and point carries its label and value as attributes, so the numbers it
/// draws can be checked against the tables beside it.
public enum DigestChart {
    /// Okabe–Ito: told apart with every common colour-vision deficiency.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D1F"]

    /// Largest over smallest that one linear scale may hold: beyond it the small ones are flat.
    static let maxRatio = 20.0

    /// Indexes of `values` (largest first) in groups that share a scale: a new group starts
    /// where a value is more than `maxRatio` times smaller than its group's largest.
    static func scaleGroups(_ values: [Double]) -> [[Int]] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var groups: [[Int]] = []
        for k in order {
            if let top = groups.last?.first, values[top] <= values[k] * maxRatio || values[k] <= 0 { groups[groups.count - 1].append(k) } else { groups.append([k]) }
        }
        return groups
    }

    /// Horizontal bars, longest first: width proportional to the value. Values too far apart
    /// for one scale (a nation beside its cities) are drawn as separate panels, each on its own
    /// scale, and the title says so.
    public static func bars(_ bars: [CorpusDigest.Bar], title: String) -> String {
        let groups = scaleGroups(bars.map { NSDecimalNumber(decimal: $0.value).doubleValue })
        return groups.enumerated().map { g, group in
            panel(group.map { bars[$0] }, title: groups.count > 1 ? "\(title)（\(g + 1)/\(groups.count)，刻度各异）" : title)
        }.joined()
    }

    static func panel(_ bars: [CorpusDigest.Bar], title: String) -> String {
        guard let maxValue = bars.map(\.value).max(), maxValue > 0 else { return "" }
        let labelWidth = 200.0, barArea = 270.0, rowHeight = 32.0, top = 34.0
        let height = top + rowHeight * Double(bars.count) + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart bars\" viewBox=\"0 0 640 \(fmt(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text class=\"chart-title\" x=\"0\" y=\"20\">\(escape(title))</text>"
        for (k, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(k)
            let width = max(1, (NSDecimalNumber(decimal: bar.value).doubleValue / NSDecimalNumber(decimal: maxValue).doubleValue) * barArea)
            let shown = ChineseNumberStyle.format(bar.value, unit: bar.unit)
            svg += "<text class=\"label\" x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 18))\" text-anchor=\"end\">\(escape(bar.label))</text>"
            svg += "<rect class=\"bar\" x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 3))\" width=\"\(fmt(width))\" height=\"22\" fill=\"\(palette[0])\""
            svg += " data-label=\"\(escape(bar.label))\" data-value=\"\(bar.value.plainString)\"><title>\(escape(bar.label)): \(escape(shown))</title></rect>"
            svg += "<text class=\"value\" x=\"\(fmt(labelWidth + width + 6))\" y=\"\(fmt(y + 19))\">\(escape(shown))</text>"
        }
        return svg + "</svg>"
    }

    /// One line per federation across the years, on a scale from zero, the years at their true
    /// distances (2010, 2011, 2021 are not evenly spaced), the unit on the axis. Series too far
    /// apart for one scale go to panels of their own.
    public static func lines(_ series: [CorpusDigest.Series], unit: RecordUnit, title: String) -> String {
        let groups = scaleGroups(series.map { s in s.points.map { NSDecimalNumber(decimal: $0.value).doubleValue }.max() ?? 0 })
        return groups.enumerated().map { g, group in
            linePanel(group.sorted().map { series[$0] }, unit: unit, title: groups.count > 1 ? "\(title)（\(g + 1)/\(groups.count)，刻度各异）" : title)
        }.joined()
    }

    static func linePanel(_ series: [CorpusDigest.Series], unit: RecordUnit, title: String) -> String {
        let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
        guard let first = years.first, let last = years.last, last > first,
              let maxValue = series.flatMap({ $0.points.map(\.value) }).max(), maxValue > 0 else { return "" }
        let left = 120.0, right = 610.0, top = 62.0, bottom = 250.0
        let legendRows = Double((series.count + 1) / 2)
        let height = bottom + 40 + legendRows * 26
        let scale = NSDecimalNumber(decimal: maxValue).doubleValue
        func x(_ year: Int) -> Double { left + (right - left) * Double(year - first) / Double(last - first) }
        func y(_ value: Decimal) -> Double { bottom - (bottom - top) * NSDecimalNumber(decimal: value).doubleValue / scale }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart lines\" viewBox=\"0 0 640 \(fmt(height))\" role=\"img\" aria-label=\"\(escape(title))\">"
        svg += "<text class=\"chart-title\" x=\"0\" y=\"20\">\(escape(title))</text>"
        svg += "<text class=\"axis-unit\" x=\"\(fmt(left - 8))\" y=\"\(fmt(top - 12))\" text-anchor=\"end\">\(escape(ChineseNumberStyle.unitWord(unit)))</text>"
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(bottom))\" stroke=\"#999\"/>"
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" y1=\"\(fmt(top))\" x2=\"\(fmt(left))\" y2=\"\(fmt(bottom))\" stroke=\"#999\"/>"
        svg += "<text class=\"tick\" x=\"\(fmt(left - 8))\" y=\"\(fmt(top + 6))\" text-anchor=\"end\">\(escape(ChineseNumberStyle.format(maxValue, unit: unit)))</text>"
        svg += "<text class=\"tick\" x=\"\(fmt(left - 8))\" y=\"\(fmt(bottom + 6))\" text-anchor=\"end\">0</text>"
        for year in years {
            svg += "<text class=\"tick\" x=\"\(fmt(x(year)))\" y=\"\(fmt(bottom + 24))\" text-anchor=\"middle\">\(year)</text>"
        }
        for (k, s) in series.enumerated() {
            let color = palette[k % palette.count]
            let points = s.points.map { "\(fmt(x($0.year))),\(fmt(y($0.value)))" }.joined(separator: " ")
            svg += "<polyline class=\"series\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\" points=\"\(points)\"/>"
            for p in s.points {
                let shown = ChineseNumberStyle.format(p.value, unit: unit)
                svg += "<circle class=\"point\" cx=\"\(fmt(x(p.year)))\" cy=\"\(fmt(y(p.value)))\" r=\"4.5\" fill=\"\(color)\""
                svg += " data-label=\"\(escape(s.label))\" data-year=\"\(p.year)\" data-value=\"\(p.value.plainString)\"><title>\(escape(s.label)) \(p.year): \(escape(shown))</title></circle>"
            }
            let lx = 10.0 + Double(k % 2) * 315, ly = bottom + 56 + Double(k / 2) * 26
            svg += "<rect x=\"\(fmt(lx))\" y=\"\(fmt(ly - 11))\" width=\"16\" height=\"5\" fill=\"\(color)\"/>"
            svg += "<text class=\"legend\" x=\"\(fmt(lx + 22))\" y=\"\(fmt(ly - 3))\">\(escape(s.label))</text>"
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
