import Testing
@testable import Gonghui

/// JSON output: every record line must parse, whatever the text holds.
@Suite struct JSONTextTests {
    @Test("strings are quoted with quotes, backslashes and control characters escaped", arguments: [
        ("全市工会会员38.6万人", "\"全市工会会员38.6万人\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("a\\b", "\"a\\\\b\""),
        ("tab\there\nline\r", "\"tab\\there\\nline\\r\""),
        ("\u{01}\u{1F}", "\"\\u0001\\u001f\""),
        ("", "\"\""),
        // Escapes past the first eight bytes, between Han characters and at the very end.
        ("全市工会会员38.6万人,“会员”\"之家\"\n第二行\\", "\"全市工会会员38.6万人,“会员”\\\"之家\\\"\\n第二行\\\\\""),
        ("abcdefgh\u{7F}ijklmnop\t", "\"abcdefgh\u{7F}ijklmnop\\t\""),
    ])
    func quote(_ c: (String, String)) {
        #expect(JSONText.quote(c.0) == c.1)
    }

    @Test("an object keeps its keys in the order added")
    func object() {
        var o = JSONObject()
        o.add("metric", "members.count")
        o.add("value", number: "386000")
        o.add("start", 12)
        o.add("region", nil)
        #expect(o.text == "{\"metric\": \"members.count\", \"value\": 386000, \"start\": 12, \"region\": null}")
    }
}
