/// Minimal JSON output with a fixed key order, so that every output is byte-for-byte
/// reproducible (Foundation's encoder sorts or scrambles keys and escapes "/" needlessly).
public struct JSONObject {
    private var parts: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        parts.append(JSONText.quote(key) + ": " + (value.map(JSONText.quote) ?? "null"))
    }

    public mutating func add(_ key: String, number: String) {
        parts.append(JSONText.quote(key) + ": " + number)
    }

    public mutating func add(_ key: String, _ value: Int) {
        parts.append(JSONText.quote(key) + ": " + String(value))
    }

    public mutating func add(_ key: String, raw: String) {
        parts.append(JSONText.quote(key) + ": " + raw)
    }

    public var text: String { "{" + parts.joined(separator: ", ") + "}" }
}

public enum JSONText {
    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
