/// An ideographic full stop typed for a decimal point (企业覆盖率达92。3%): between digits and
/// before a percent sign, it cannot end a sentence, since no sentence opens with a bare share.
/// Read as a point, the figure stays one and the sentence is not cut in two. Other places (92。
/// 3万人, 2023年。3月) are left alone: there a sentence may well open with the figure.
enum DecimalStops {
    static func apply(_ units: inout [UInt16]) {
        units.withUnsafeMutableBufferPointer { u in
            let n = u.count
            var i = 1
            while i < n - 2 {
                defer { i += 1 }
                guard u[i] == 0x3002, CodeUnit.isDigit(u[i - 1]) else { continue }
                var j = i + 1
                while j < n && j - i <= 3 && CodeUnit.isDigit(u[j]) { j += 1 }
                guard j > i + 1, j < n, u[j] == 0x25 || u[j] == 0x2030 else { continue }
                u[i] = 0x2E
            }
        }
    }
}
