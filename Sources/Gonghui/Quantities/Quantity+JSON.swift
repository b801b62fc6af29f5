extension Quantity {
    /// The `gonghui quantities` line: surface, value, unit, qualifier, start, end (Unicode
    /// scalar offsets of the normalised text), then measure and role when they say something.
    public func jsonLine(in text: UTF16Text, source: String? = nil) -> String {
        var o = JSONObject()
        o.add("surface", text[range])
        o.add("value", number: value.plainString)
        o.add("unit", unit?.rawValue)
        o.add("qualifier", qualifier.rawValue)
        o.add("start", text.scalarOffset(range.lowerBound))
        o.add("end", text.scalarOffset(range.upperBound))
        if let measure { o.add("measure", measure) }
        if role != .single { o.add("role", role.rawValue) }
        if let source { o.add("source", source) }
        return o.text
    }
}
