import Foundation

/// One statement of a report as a record of the contract (README, "Records"):
/// 全省基层工会组织达20.5万家 → unions.count, 205000 org.
public struct MetricRecord: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// How many / how much.
        case level
        /// By how much it grew or fell (negative for a fall).
        case change
    }

    public var metric: String
    public var value: Decimal
    public var unit: RecordUnit
    public var qualifier: Qualifier
    public var kind: Kind
    /// The mention, in the normalised text.
    public var surface: String
    /// The sentence it came from, in the normalised text.
    public var sentence: String
    /// Offsets of `surface` in the normalised text, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    public var federation: String?
    public var region: String?
    public var year: Int?
    /// The subgroup the figure counts when it is not the whole (农民工会员11.4万人 → 农民工):
    /// comparisons, conflicts and changes never set it against the whole's figure.
    public var group: String?
    /// The 1-based page of a paged source (PDF) the figure stands on.
    public var page: Int?
    /// Read by OCR from a page without a text layer: to be checked against the page.
    public var ocr = false
    /// The file the record came from.
    public var source: String?
    /// A 其中 part of another figure of the same metric in its sentence (其中农民工会员…). Not a
    /// field of the contract's output; comparisons and the audit use it so that a part is never
    /// taken for a rival value of its whole.
    public var isPart: Bool = false
    /// A figure of a survey's sample (在206家企业中…137家), not of the federation's whole area:
    /// kept out of comparisons across federations and years, and of the audit's rivals.
    public var inSample: Bool = false

    public init(metric: String, value: Decimal, unit: RecordUnit, qualifier: Qualifier, kind: Kind,
                surface: String, sentence: String, start: Int, end: Int,
                federation: String? = nil, region: String? = nil, year: Int? = nil, source: String? = nil) {
        self.metric = metric
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.kind = kind
        self.surface = surface
        self.sentence = sentence
        self.start = start
        self.end = end
        self.federation = federation
        self.region = region
        self.year = year
        self.source = source
    }
}
