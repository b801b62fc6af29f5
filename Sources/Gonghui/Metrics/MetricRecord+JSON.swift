extension MetricRecord {
    /// The record as one JSON object with exactly the contract's fields, in its order, plus
    /// `source`; unknown federation, region and year are omitted (records.md).
    public var jsonObject: String { String(decoding: jsonUTF8, as: UTF8.self) }

    /// The same object as UTF-8, for output written as bytes.
    public var jsonUTF8: [UInt8] {
        var o = JSONObject()
        o.add("metric", metric)
        o.add("value", number: value.plainString)
        o.add("unit", unit.rawValue)
        o.add("qualifier", qualifier.rawValue)
        o.add("kind", kind.rawValue)
        o.add("surface", surface)
        o.add("sentence", sentence)
        o.add("start", start)
        o.add("end", end)
        if let federation { o.add("federation", federation) }
        if let region { o.add("region", region) }
        if let year { o.add("year", year) }
        if let group { o.add("group", group) }
        if let page { o.add("page", page) }
        if ocr { o.add("ocr", raw: "true") }
        if let source { o.add("source", source) }
        return o.utf8
    }
}
