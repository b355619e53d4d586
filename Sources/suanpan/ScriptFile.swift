import Foundation

/// Reading a saved script: UTF-8 text, with or without a byte order mark.
enum ScriptFile {
    /// Why a script could not be read, as `suanpan: error:` shows it.
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The script's text. Invalid UTF-8 is refused with the byte offset of the first bad
    /// byte, rather than read with replacement characters that would run as something else.
    static func read(_ path: String) throws(ReadError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw ReadError(description: "\(path): \(reason)")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidByte(in: bytes) {
            let shown = offset + (data.count - bytes.count)
            throw ReadError(description: "\(path): not valid UTF-8 at byte offset \(shown); save the script as UTF-8")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, if any.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
