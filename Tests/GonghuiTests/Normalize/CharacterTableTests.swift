import Foundation
@testable import Gonghui
import Testing

/// The traditional → simplified table is cached between processes: what a process reads back
/// must be what ICU builds, and a damaged cache must be rebuilt, not believed.
@Suite struct CharacterTableTests {
    func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-cache-\(UUID().uuidString)").path
    }

    @Test func cachedTableIsTheBuiltOne() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let built = CharacterTable(cache: nil)
        let first = CharacterTable(cache: dir)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files.count == 1 && files[0].hasPrefix("t2s-icu\(ICU.version)"))
        let second = CharacterTable(cache: dir)
        for t in [first, second] {
            #expect(t.simplified == built.simplified)
            #expect(t.kind == built.kind)
        }
        // 會 → 会, 發 → 发; 会 stays.
        #expect(second.simplified[0x6703] == 0x4F1A && second.simplified[0x767C] == 0x53D1 && second.simplified[0x4F1A] == 0x4F1A)
    }

    @Test func damagedCacheIsRebuilt() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = CharacterTable(cache: dir)
        let file = dir + "/" + (try FileManager.default.contentsOfDirectory(atPath: dir)[0])
        for damage in [Data(), Data("gonghui t2s 1\n".utf8), Data(repeating: 0, count: CharacterTable.fileSize)] {
            try damage.write(to: URL(fileURLWithPath: file))
            let t = CharacterTable(cache: dir)
            #expect(t.simplified == good.simplified)
            // And the cache is whole again.
            #expect(CharacterTable.read(file)?.0 == good.simplified)
        }
    }
}
