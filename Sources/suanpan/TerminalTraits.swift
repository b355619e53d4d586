import Foundation

/// Whether the terminal shows Unicode, for the charts the session draws (its width is
/// `TerminalOutput.width()`).
enum TerminalTraits {
    /// Whether the locale's character set is UTF-8, as the C library decides it: the first of
    /// LC_ALL, LC_CTYPE and LANG that is set and not empty; none at all is the C locale,
    /// which is ASCII.
    static func localeIsUTF8(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let name = locale?.lowercased() else { return false }
        return name.contains("utf-8") || name.contains("utf8")
    }
}
