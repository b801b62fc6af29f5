/// The words the structure stage reads a report's layout by (`dictionaries/structure-words.tsv`):
/// plan and review headings, report titles, and the furniture of statistical tables.
public typealias StructureWords = WordKinds<StructureWordKind>

public enum StructureWordKind: Int, WordKind {
    case planHeading, reviewHeading, reportTitle, reportWord, unionWord, planColumn, unitLine, partRow, partList, otherBody, labelHeader, planTitle, titleVerb, overviewHeading, notPlanAfter

    public static let names = ["plan-heading", "review-heading", "report-title", "report-word", "union-word", "plan-column", "unit-line", "part-row", "part-list", "other-body", "label-header", "plan-title", "title-verb", "overview-heading", "not-plan-after"]
}
