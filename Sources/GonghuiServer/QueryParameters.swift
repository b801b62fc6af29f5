import Foundation
import Gonghui

/// A request the app cannot answer as asked: shown to the user as a page with status 400 and
/// the reason, never as a server error.
struct BadRequest: Error, Equatable {
    var message: String
}

/// The query string of a request, decoded as browsers encode forms (`+` for space, UTF-8
/// percent escapes), with typed, validated readers. Empty values are "not given", as a form's
/// empty select sends them.
struct QueryParameters: Sendable {
    /// Longest value accepted (a search text, a name): longer is a mistake or an attack.
    static let maximumValueLength = 200
    /// Most values of one name (metric=…&metric=…).
    static let maximumRepeats = 50

    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String?) throws(BadRequest) {
        guard let query, !query.isEmpty else { return }
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let (rawName, rawValue) = item.firstIndex(of: "=").map { (item[..<$0], item[item.index(after: $0)...]) } ?? (item, "")
            guard let name = Self.decode(rawName), let value = Self.decode(rawValue) else {
                throw BadRequest(message: "the address is not well formed (a broken %-escape in “\(String(item.prefix(40)))”)")
            }
            guard value.count <= Self.maximumValueLength else {
                throw BadRequest(message: "the value of \(name) is longer than \(Self.maximumValueLength) characters")
            }
            pairs.append((name, value.trimmingCharacters(in: .whitespaces)))
        }
    }

    static func decode(_ s: Substring) -> String? {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The first non-empty value of `name`.
    func value(_ name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// Every non-empty value of `name`, split at commas (metric=a,b and metric=a&metric=b alike).
    func values(_ name: String) throws(BadRequest) -> [String] {
        let all = pairs.filter { $0.name == name }.flatMap { $0.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        guard all.count <= Self.maximumRepeats else { throw BadRequest(message: "more than \(Self.maximumRepeats) values of \(name)") }
        return all
    }

    /// `year`: one year or a range (2021-2023).
    func years(_ name: String = "year") throws(BadRequest) -> ClosedRange<Int>? {
        guard let text = value(name) else { return nil }
        guard let range = YearRange.parse(text) else {
            throw BadRequest(message: "\(name) takes a year or a range of years like 2021-2023 (from \(YearRange.plausible.lowerBound) to \(YearRange.plausible.upperBound)), not “\(text)”")
        }
        return range
    }

    /// `page`: a page number from 1.
    func page() throws(BadRequest) -> Int {
        guard let text = value("page") else { return 1 }
        guard let n = Int(text), (1...1_000_000).contains(n) else {
            throw BadRequest(message: "page takes a page number from 1, not “\(text)”")
        }
        return n
    }

    /// A value that must be one of `allowed`.
    func choice(_ name: String, of allowed: [String]) throws(BadRequest) -> String? {
        guard let v = value(name) else { return nil }
        guard allowed.contains(v) else {
            throw BadRequest(message: "\(name) takes one of \(allowed.joined(separator: ", ")), not “\(v)”")
        }
        return v
    }

    /// `name=1` (a checkbox).
    func flag(_ name: String) -> Bool { value(name).map { ["1", "on", "true", "yes"].contains($0) } ?? false }
}
