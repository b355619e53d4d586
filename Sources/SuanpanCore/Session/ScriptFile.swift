import Foundation

/// Reading a script file: UTF-8 (a byte-order mark is skipped), or an error naming the
/// line and byte where it stops being UTF-8 — a script saved as GBK from Notepad must not
/// run with its names garbled.
public enum ScriptFile {
    /// The script's text; `path` is read as given, `shownPath` is what errors call it, and
    /// `what` what they call the file (report templates are read alike).
    public static func read(_ path: String, shownPath: String, what: String = "script") throws(FileError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(shownPath, "no such \(what)")
        }
        guard !isDirectory.boolValue else { throw FileError(shownPath, "is a folder, not a \(what)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(shownPath, "cannot be read (permissions?)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidByte(bytes) {
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw FileError(shownPath, line: line,
                            "is not UTF-8 at byte \(offset) (save it as UTF-8; GBK \(what)s are not read)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte of the first ill-formed UTF-8 sequence, or nil.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
