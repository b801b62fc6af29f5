import Foundation

/// Generates a benchmark corpus from the bundled sample reports: documents of realistic size,
/// figures varied, a share converted to traditional characters and legacy encodings, written
/// to a directory so each run reads real files. Deterministic for a given seed.
///
/// The bundled reports are far denser in figures than real ones (35–46 quantities per 1000
/// characters against 0.3–13 in real reports; a real annual report has about 7), and the
/// quantity and record stages cost per figure. So documents mix figure paragraphs with
/// narrative ones (`corpora/narrative`) to reach a stated density; `figureShare: 1` gives the
/// dense worst case.
public struct BenchmarkCorpus {
    public struct Summary: Sendable {
        public var directory: URL
        public var files: Int
        public var bytes: Int
        public var traditionalFiles: Int
    }

    /// The paragraphs (lines of more than 20 characters) of the UTF-8 .txt files of a directory.
    public static func paragraphs(in directory: URL) throws(GonghuiError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw GonghuiError(.fileNotFound, "\(directory.path): no sample reports to build a benchmark corpus from")
        }
        var paragraphs: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") && !name.contains("big5") && !name.contains("gbk") {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else { continue }
            paragraphs += text.split(separator: "\n").map(String.init).filter { $0.count > 20 }
        }
        guard !paragraphs.isEmpty else {
            throw GonghuiError(.fileNotFound, "\(directory.path): no UTF-8 .txt reports to build a benchmark corpus from")
        }
        return paragraphs
    }

    /// Writes about `megabytes` MB of reports (or `documents` of them, whichever comes first)
    /// into `directory`: each paragraph is a figure paragraph with probability `figureShare`,
    /// else a narrative one.
    public static func generate(into directory: URL, figures: [String], narrative: [String], figureShare: Double,
                                megabytes: Int, documents: Int? = nil, paragraphs: ClosedRange<Int> = 8...40,
                                seed: UInt64 = 42) throws(GonghuiError) -> Summary {
        let fm = FileManager.default
        do { try fm.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw GonghuiError(.unreadable, "\(directory.path): cannot create the benchmark directory")
        }
        let toTraditional = try Transliterator(id: "Simplified-Traditional")
        var random = SplitMix(seed: seed)
        let target = megabytes << 20
        var bytes = 0, files = 0, traditional = 0
        while bytes < target && files < (documents ?? Int.max) {
            // A document of 8–40 paragraphs (by default) with its figures varied.
            var doc = ""
            for _ in 0..<(paragraphs.lowerBound + Int(random.next() % UInt64(paragraphs.count))) {
                let useFigures = narrative.isEmpty || Double(random.next() % 10_000) < figureShare * 10_000
                let pool = useFigures ? figures : narrative
                doc += vary(pool[Int(random.next() % UInt64(pool.count))], &random) + "\n"
            }
            let roll = random.next() % 10
            let data: [UInt8]
            let ext: String
            if roll < 3 {
                let trad = toTraditional.transliterate(Array(doc.utf16))
                data = (try? ICU.encode(trad, charset: "Big5")) ?? Array(doc.utf8)
                ext = "big5.txt"
                traditional += 1
            } else if roll < 5 {
                data = (try? ICU.encode(Array(doc.utf16), charset: "GB18030")) ?? Array(doc.utf8)
                ext = "gb.txt"
            } else {
                data = Array(doc.utf8)
                ext = "txt"
            }
            let url = directory.appendingPathComponent(String(format: "bench-%05d.%@", files, ext))
            do { try Data(data).write(to: url) } catch {
                throw GonghuiError(.unreadable, "\(url.path): cannot write")
            }
            bytes += data.count
            files += 1
        }
        return Summary(directory: directory, files: files, bytes: bytes, traditionalFiles: traditional)
    }

    /// Replaces each digit with another, so that documents differ but keep their shape.
    static func vary(_ paragraph: String, _ random: inout SplitMix) -> String {
        var scalars = String.UnicodeScalarView()
        for s in paragraph.unicodeScalars {
            if s.value >= 0x31 && s.value <= 0x39 && random.next() % 2 == 0 {
                scalars.append(Unicode.Scalar(0x31 + UInt32(random.next() % 9))!)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}

/// A small deterministic random generator (SplitMix64), for reproducible corpora.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
