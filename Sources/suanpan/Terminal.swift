import Foundation

/// The process's exit statuses (SPEC §1).
enum ExitStatus {
    static let success: Int32 = 0
    /// A statement failed (or, with --strict, a check).
    static let failure: Int32 = 1
    /// Bad command-line usage.
    static let usage: Int32 = 2
}

/// Writing to standard output and standard error.
enum Terminal {
    static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// An error that belongs to no source line: `suanpan: error: MESSAGE`.
    static func reportError(_ message: String) {
        writeError("suanpan: error: \(message)")
    }
}
