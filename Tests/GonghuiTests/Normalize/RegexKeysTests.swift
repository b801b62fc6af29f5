@testable import Gonghui
import Testing

/// The literal keys boilerplate rules are prefiltered by: a line is tried against a rule only
/// when it holds one of the rule's keys, so a key the pattern does not require drops a rule.
@Suite struct RegexKeysTests {
    static let keys: [(String, [String])] = [
        ("收益归属内容提供方", ["收益归属内容提供方"]),
        ("[Ii][Cc][Pp]备", ["ICP备", "ICp备", "IcP备", "Icp备", "iCP备", "iCp备", "icP备", "icp备"]),
        ("(责任编辑|编辑)\\s*[::]", ["编辑", "责任编辑"]),
        ("\\s+", []),
        ("浏览(次数)?\\d+次", ["浏览"]),
        ("[^a]bc", ["bc"]),
    ]

    @Test(arguments: keys)
    func keysEveryMatchContains(_ c: (String, [String])) {
        #expect(RegexKeys.keys(c.0) == c.1)
    }

    static let leading: [(String, [String]?)] = [
        ("^(上一篇|下一篇)\\s*:", ["上一篇", "下一篇"]),
        ("^\\d{4}-", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        ("^分享到", ["分享到"]),
        ("分享到", nil),
        ("^\\s*来源", nil),
    ]

    @Test(arguments: leading)
    func keysEveryMatchStartsWith(_ c: (String, [String]?)) {
        #expect(RegexKeys.leadingKeys(c.0) == c.1)
    }
}
