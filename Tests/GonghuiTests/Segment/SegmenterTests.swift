import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// Sentence and word segmentation of report text: exact outputs.
struct SegmenterTests {
    static func words(_ text: String) -> String {
        let p = TestSupport.pipeline()
        let d = TestSupport.normalized(text, pipeline: p)
        let seg = p.segmenter.segment(d.text)
        return seg.sentences.map { s in
            seg.tokens[s.tokens].filter { $0.kind != .space }.map { d.text[$0.range] }.joined(separator: " ")
        }.joined(separator: " / ")
    }

    static let wordCases: [(String, String)] = [
        ("全省基层工会组织达20.5万家", "全省 基层工会组织 达 20.5万 家"),
        ("工会会员1778万人", "工会会员 1778万 人"),
        ("筹集送温暖资金8.4亿元", "筹集 送温暖资金 8.4亿 元"),
        ("覆盖率为86.6%", "覆盖率 为 86.6%"),
        ("签订集体合同898份", "签订 集体合同 898 份"),
        ("推行厂务公开和职代会制度", "推行 厂务公开 和 职代会制度"),
        ("二〇〇一年十二月三十一日", "二〇〇一年 十二月 三十一日"),
        ("推进现代化建设", "推进 现代化 建设"),
        ("第一个新年", "第一 个 新年"),
        ("克林顿访问", "克林顿 访问"),
        ("气温零下5°C", "气温 零下 5 °C"),
    ]

    @Test("word segmentation", arguments: wordCases)
    func segments(_ c: (String, String)) {
        #expect(Self.words(c.0) == c.1)
    }

    static let sentenceCases: [(String, [String])] = [
        ("全市新建工会58家。发展会员4375人!", ["全市新建工会58家。", "发展会员4375人!"]),
        ("签订集体合同1526份;签订工资专项集体合同873份。", ["签订集体合同1526份;", "签订工资专项集体合同873份。"]),
        ("1.思想政治引领\n新时代孕育新思想。", ["1.思想政治引领", "新时代孕育新思想。"]),
        ("会员增长2.1%,比上年多。", ["会员增长2.1%,比上年多。"]),
        // An opening quote after a full stop opens the next sentence.
        ("全年参赛企业420家。“安康杯”竞赛覆盖职工2.4万人。", ["全年参赛企业420家。", "“安康杯”竞赛覆盖职工2.4万人。"]),
        ("开展“两节”送温暖活动。“金秋助学”资助203名。", ["开展“两节”送温暖活动。", "“金秋助学”资助203名。"]),
    ]

    @Test("no sentence of the bundled reports ends with an opening quote or starts with a closing one")
    func quotesStay() throws {
        let p = TestSupport.pipeline()
        let files = try ReportFiles.list([TestSupport.path("corpora/reports")]).files
        #expect(files.count >= 12)
        for path in files {
            let d = try p.document(at: path)
            for s in p.segmenter.sentences(d.text) {
                let text = d.text[s]
                #expect(!text.hasSuffix("“") && !text.hasPrefix("”"), "\(path): \(text)")
            }
        }
    }

    @Test("sentences: at 。!?; and line ends, list numbering kept with its item", arguments: sentenceCases)
    func sentences(_ c: (String, [String])) {
        let p = TestSupport.pipeline()
        let d = TestSupport.normalized(c.0, pipeline: p)
        #expect(p.segmenter.sentences(d.text).map { d.text[$0] } == c.1)
    }
}
