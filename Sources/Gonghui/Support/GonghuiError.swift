/// An error a user can act on: one line saying what went wrong with which input.
///
/// Every failure the command line reports is one of these; `description` is printed as is.
public struct GonghuiError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable {
        case fileNotFound = "not-found"
        case isDirectory = "is-directory"
        case unreadable = "unreadable"
        case empty = "empty"
        case tooLarge = "too-large"
        case binary = "binary"
        case unsupportedFormat = "unsupported-format"
        case undecodable = "undecodable"
        case unknownEncoding = "unknown-encoding"
        case brokenContainer = "broken-container"
        case zipBomb = "zip-bomb"
        case brokenMarkup = "broken-markup"
        case dictionary = "dictionary"
        case icu = "icu"
        case usage = "usage"
        case database = "database"
        /// The disk (or the file system's quota) is full: a batch stops rather than fail every
        /// file after it.
        case diskFull = "disk-full"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
