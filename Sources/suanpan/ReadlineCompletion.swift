@preconcurrency import CReadline
import Foundation
import SuanpanCore

/// Connects readline's Tab to `Session.completions(forLine:cursor:)`.
///
/// Readline works in bytes and finds the word by its break characters; the session works in
/// characters and finds the word itself. The two agree on ASCII breaks (UTF-8 never puts an
/// ASCII byte inside a Chinese character); where the session breaks further (a fullwidth
/// `（`), the text between is put back in front of each candidate. For a file path the break
/// characters shrink to white space and readline completes the file name itself.
///
/// Readline calls back through C function pointers, which carry no context, hence the
/// static state: there is one prompt per process.
enum ReadlineCompletion {
    nonisolated(unsafe) private static var session: Session?
    /// The earlier lines of a statement being continued: they decide what the word may be.
    nonisolated(unsafe) static var earlierLines = ""
    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var nextCandidate = 0

    /// Readline keeps these pointers: they live as long as the process.
    nonisolated(unsafe) private static let wordBreaks = strdup(Session.completionWordBreakCharacters)
    nonisolated(unsafe) private static let pathBreaks = strdup(" \t\n")

    static func install(for session: Session) {
        self.session = session
        rl_completer_word_break_characters = UnsafePointer(wordBreaks)
        rl_completion_word_break_hook = { ReadlineCompletion.wordBreaksHere() }
        rl_attempted_completion_function = { text, start, end in ReadlineCompletion.complete(text, start: Int(start), end: Int(end)) }
    }

    /// The statement up to the cursor, and the session's completion there.
    private static func completionAtCursor(end: Int) -> (prefix: [UInt8], line: String, Completion)? {
        guard let session, let buffer = rl_line_buffer else { return nil }
        let prefix = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: end))
        let typed = String(decoding: prefix, as: UTF8.self)
        let line = earlierLines.isEmpty ? typed : earlierLines + "\n" + typed
        return (prefix, line, session.completions(forLine: line, cursor: line.count))
    }

    private static func wordBreaksHere() -> UnsafeMutablePointer<CChar>? {
        let isPath = completionAtCursor(end: Int(rl_point))?.2.isPath ?? false
        return isPath ? pathBreaks : wordBreaks
    }

    private static func complete(_ text: UnsafePointer<CChar>?, start: Int, end: Int) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard let (prefix, line, completion) = completionAtCursor(end: end), !completion.isPath else {
            return nil  // readline's own file name completion
        }
        rl_attempted_completion_over = 1
        rl_completion_suppress_append = 1
        // Where the session's word starts, in bytes of this line.
        let wordStartInLine = completion.replaceFrom - (line.count - String(decoding: prefix, as: UTF8.self).count)
        let wordStart = String(decoding: prefix, as: UTF8.self).prefix(max(wordStartInLine, 0)).utf8.count
        let between = String(decoding: prefix[min(start, wordStart)..<max(start, wordStart)], as: UTF8.self)
        candidates = completion.candidates.compactMap { candidate in
            if wordStart >= start { return between + candidate }
            return candidate.hasPrefix(between) ? String(candidate.dropFirst(between.count)) : nil
        }
        nextCandidate = 0
        guard !candidates.isEmpty, let text else { return nil }
        return rl_completion_matches(text) { _, state in
            if state == 0 { ReadlineCompletion.nextCandidate = 0 }
            guard ReadlineCompletion.nextCandidate < ReadlineCompletion.candidates.count else { return nil }
            defer { ReadlineCompletion.nextCandidate += 1 }
            return strdup(ReadlineCompletion.candidates[ReadlineCompletion.nextCandidate])
        }
    }
}
