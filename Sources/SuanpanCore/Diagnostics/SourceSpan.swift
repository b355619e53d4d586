/// Where a piece of a formula or statement stands in its source text, in characters
/// (`Character`s, not bytes) from the start: `start..<end`.
///
/// Spans are not part of a formula's identity: two spans always compare equal, so a formula
/// printed and parsed again equals the original although its spans moved.
public struct SourceSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public static func == (a: SourceSpan, b: SourceSpan) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
