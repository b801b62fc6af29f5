import Foundation

/// How labels give bare numbers their unit: a measure in brackets (职工人数(万人) 714.26), a
/// known ending (培训人次 550), or a table's unit line (单位:个) resolved by the label's noun.
extension QuantityLexicon {
    /// The measure a label states in its last brackets: unit and scale. 帮扶资金(万元) → yuan
    /// ×10000; 新建基层工会(个) → org, by the noun before the brackets.
    func bracketUnit(_ text: [UInt16]) -> (RecordUnit, Decimal)? {
        guard let open = text.lastIndex(of: 0x28), let close = text.lastIndex(of: 0x29), open < close else { return nil }
        let word = String(decoding: text[..<open], as: UTF16.self)
        return measureUnit(Array(text[(open + 1)..<close]), label: word)
    }

    /// A measure as written alone (万人, 个, 万元), for a label: unit and scale; nil when it is
    /// not a measure of the record units.
    func measureUnit(_ measure: [UInt16], label: String) -> (RecordUnit, Decimal)? {
        var inner = measure
        var scale: Decimal = 1
        if let first = inner.first, numeral(first) == .big || numeral(first) == .unit {
            scale = Decimal(numeralValue[Int(first)])
            inner.removeFirst()
        }
        let found: (Int, Int)? = inner.withUnsafeBufferPointer { b in measureTrie.longestPrefix(in: b, from: 0, limit: b.count) }
        guard let (m, e) = found, e == inner.count else { return nil }
        let entry = measures[m]
        switch entry.kind {
        case .unit(let unit): return (unit, scale * entry.scale)
        case .noun: return (QuantityResolver.nounUnit(self, measure: entry.word, in: label) ?? nounFallback[entry.word] ?? .item, scale)
        default: return nil
        }
    }

    /// The unit a label's ending gives (`table-labels.tsv`): 培训人次 → person_time.
    func endingUnit(_ w: [UInt16]) -> RecordUnit? {
        return labelEndings.first { e in e.units.count <= w.count && w.suffix(e.units.count).elementsEqual(e.units) }?.unit
    }
}
