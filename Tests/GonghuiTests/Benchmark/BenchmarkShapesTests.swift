import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// `bench --corpus DIR --replicate-to MB`: the reports replicated to the size asked, in the
/// three shapes, each piece real text cut at line ends.
struct BenchmarkShapesTests {
    @Test("three shapes of the size asked: 86 KB files, 1.5 KB files, one file")
    func shapes() throws {
        let texts = try ReportFiles.list([TestSupport.path("corpora/reports")]).files.compactMap { try? TestSupport.pipeline().ingestor.read(path: $0).text.string }
        #expect(texts.count >= 12)
        let dir = try TestSupport.temporaryDirectory("shapes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let size = 1 << 20
        let shapes = try BenchmarkShapes.replicate(texts, bytes: size, into: dir)
        func sizes(_ shape: BenchmarkShapes.Shape) -> [Int] {
            (shapes[shape] ?? []).map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        }
        for shape in BenchmarkShapes.Shape.allCases {
            let total = sizes(shape).reduce(0, +)
            #expect(total >= size && total < size + 128 * 1024, "\(shape): \(total) bytes")
        }
        #expect(sizes(.large).count == 1)
        let mid = sizes(.mid)
        #expect(mid.dropLast().allSatisfy { $0 >= BenchmarkShapes.midBytes && $0 < BenchmarkShapes.midBytes + 16 * 1024 })
        let small = sizes(.small)
        #expect(small.count > 500)
        #expect(Double(small.reduce(0, +)) / Double(small.count) < 2.5 * Double(BenchmarkShapes.smallBytes))
        // Pieces end at line ends: every small file ends with a line break.
        let first = try String(contentsOfFile: try #require(shapes[.small]?.first), encoding: .utf8)
        #expect(first.hasSuffix("\n"))
    }
}
