import Foundation

/// A year or a range of years as users type them (2022, 2021-2023): the command line's
/// `--years` and the web app's `year` parameter read them alike.
public enum YearRange {
    /// The years a report can speak of; anything outside is a typing mistake.
    public static let plausible = 1900...2200

    /// The range `text` names, or nil when it is not a year or an ascending range of plausible years.
    public static func parse(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let a = parts.first ?? nil, let b = parts.last ?? nil, a <= b,
              plausible.contains(a), plausible.contains(b) else { return nil }
        return a...b
    }
}
