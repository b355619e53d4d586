/// A problem with a file on disk: missing, unreadable, malformed, in no known encoding.
///
/// Always names the file, and the line where there is one, so that the analyst can open it
/// and look: `data/台账.csv:17: row 17 has 5 fields, the header has 4`.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as the user wrote it (or as the manifest names it).
    public var path: String
    /// 1-based line in the file, when the problem is on one.
    public var line: Int?
    /// One sentence without a final period.
    public var message: String

    public init(_ path: String, line: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, or `path: message` without a line.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
