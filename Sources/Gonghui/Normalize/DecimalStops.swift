/// An ideographic full stop typed for a decimal point (企业覆盖率达92。3%): after one or two
/// digits and before more digits and a percent sign, it is read as a point, so the figure stays
/// one and the sentence is not cut in two. A sentence that ends on a short figure and opens with
/// a share (…达到85。98%的企业…) is rare; one that ends on a longer number (热线12351。98%的…) or
/// a hundred (100。95%) is left alone, as are 92。3万人 and 2023年。3月.
enum DecimalStops {
    static func apply(_ units: inout [UInt16]) {
        units.withUnsafeMutableBufferPointer { u in
            let n = u.count
            var i = 1
            while i < n - 2 {
                defer { i += 1 }
                guard u[i] == 0x3002, CodeUnit.isDigit(u[i - 1]) else { continue }
                // A share has one or two digits before its point (not 12351。98%, 100。95%).
                var a = i - 1
                while a > 0 && CodeUnit.isDigit(u[a - 1]) { a -= 1 }
                guard i - a <= 2 else { continue }
                var j = i + 1
                while j < n && j - i <= 3 && CodeUnit.isDigit(u[j]) { j += 1 }
                guard j > i + 1, j < n, u[j] == 0x25 || u[j] == 0x2030 else { continue }
                u[i] = 0x2E
            }
        }
    }
}
