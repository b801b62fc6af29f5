/// The words the structure stage reads a report's layout by (`dictionaries/structure-words.tsv`):
/// plan and review headings, report titles, and the furniture of statistical tables.
public typealias StructureWords = WordKinds<StructureWordKind>

public enum StructureWordKind: String, WordKind {
    case planHeading = "plan-heading"
    case reviewHeading = "review-heading"
    case reportTitle = "report-title"
    case reportWord = "report-word"
    case unionWord = "union-word"
    case planColumn = "plan-column"
    case unitLine = "unit-line"
    case partRow = "part-row"
    case partList = "part-list"
    case otherBody = "other-body"
    case labelHeader = "label-header"
}
