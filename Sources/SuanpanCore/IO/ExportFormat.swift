/// The kinds of file `export` writes, told apart by the file's extension (SPEC §9): `.csv`
/// for other programs, `.txt` and `.md` for people, `.json` for scripts and web pages.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// RFC 4180 values (see `CSVExport`).
    case csv
    /// The aligned table `show` prints, every row (see `TextExport`).
    case txt
    /// A Markdown table (see `MarkdownExport`).
    case md
    /// An array of records (see `JSONExport`).
    case json

    /// The format a path's extension names (ASCII case ignored), nil for any other.
    public init?(path: String) {
        let file = path.split(separator: "/").last ?? Substring(path)
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return nil }
        self.init(rawValue: file[file.index(after: dot)...].lowercased())
    }

    /// `.csv, .txt, .md or .json`, for messages.
    public static var supportedList: String {
        let names = allCases.map { "." + $0.rawValue }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
