/// What running statements produced, in order: lines for standard output, errors, notes.
public enum SessionEvent: Sendable, Equatable {
    case output(String)
    /// A statement failed: where, and why.
    case error(SessionError)
    /// Information for the analyst that is not a result: the encoding a file was read in, a
    /// figure that could not be read, a check that failed. Printed on standard error.
    case note(String)
}

/// A failed statement: the diagnostic, and the source its span counts in, so that it can be
/// shown as `FILE:LINE:COLUMN: error: MESSAGE` with the line and a caret — also when the
/// statement was in a script that another script ran.
public struct SessionError: Sendable, Equatable, Error {
    public var diagnostic: Diagnostic
    /// Where the source came from.
    public var origin: SourceOrigin
    /// The whole source the diagnostic's span counts in.
    public var source: String

    public init(_ diagnostic: Diagnostic, origin: SourceOrigin, source: String) {
        self.diagnostic = diagnostic
        self.origin = origin
        self.source = source
    }

    /// The error as SPEC §1 prints it: location, message, source line and caret.
    public var rendered: String {
        DiagnosticRenderer(file: origin.name, firstLine: origin.firstLine).render(diagnostic, in: source)
    }
}
