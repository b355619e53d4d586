import Foundation

/// What the terminal the output goes to can show: how wide it is, and whether it shows
/// Unicode — for the tables and charts the session draws.
enum TerminalTraits {
    /// Standard output's width in columns when it is a terminal; nil when it is redirected
    /// (a file keeps its lines whole) or the terminal does not say.
    static func outputWidth() -> Int? {
        width(of: STDOUT_FILENO)
    }

    /// The width in columns of the terminal `descriptor` writes to; nil when it is not one.
    static func width(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) != 0 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Whether the locale's character set is UTF-8, as the C library decides it: the first of
    /// LC_ALL, LC_CTYPE and LANG that is set and not empty; none at all is the C locale,
    /// which is ASCII.
    static func localeIsUTF8(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let name = locale?.lowercased() else { return false }
        return name.contains("utf-8") || name.contains("utf8")
    }
}
