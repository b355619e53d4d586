@preconcurrency import CReadline
import Foundation

/// The prompt's history, kept between sessions in a file (SQLite keeps `~/.sqlite_history`).
///
/// Each statement is appended to the file as soon as it has run, so a crash loses nothing;
/// the file is cut to the last `limit` lines when the prompt starts. Entries carry readline
/// timestamps, which is what lets a statement typed over several lines come back as one
/// entry (`history_multiline_entries`).
struct History {
    /// The file, or nil to keep history for this session only.
    let path: String?
    /// How many entries are kept, in memory and (roughly: lines) in the file.
    static let limit: Int32 = 2000
    private var lastEntry: String?

    /// `$SUANPAN_HISTORY` if set (empty: no file), else `$XDG_STATE_HOME/suanpan/history`,
    /// else `~/.local/state/suanpan/history`.
    static func path(in environment: [String: String]) -> String? {
        if let path = environment["SUANPAN_HISTORY"] { return path.isEmpty ? nil : path }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/suanpan/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/suanpan/history"
    }

    /// Loads the history file, creating it (and its folder) if need be.
    init(path: String?) {
        // A timestamp line starts with the comment character, which is NUL (no timestamps
        // written) unless set.
        history_comment_char = CChar(UInt8(ascii: "#"))
        history_write_timestamps = 1
        history_multiline_entries = 1
        stifle_history(Self.limit)
        guard let path else {
            self.path = nil
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        if !folder.isEmpty { try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // append_history opens the file without creating it. The history may hold figures:
        // only its owner reads it.
        if !manager.fileExists(atPath: path) {
            manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        read_history(path)
        history_truncate_file(path, Self.limit)
        self.path = path
        if let last = history_get(history_base + history_length - 1) {
            lastEntry = String(cString: last.pointee.line)
        }
    }

    /// Records a statement that was run: in memory for the Up arrow, and at the end of the file.
    mutating func add(_ statement: String) {
        guard !statement.allSatisfy(\.isWhitespace), statement != lastEntry else { return }
        lastEntry = statement
        add_history(statement)
        if let path { append_history(1, path) }
    }
}
