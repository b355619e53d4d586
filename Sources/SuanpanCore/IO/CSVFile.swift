#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file's bytes, for the readers that parse them: mapped when it is a regular file,
/// read into memory when it is anything else (a pipe, a file in /proc) or mapping fails.
enum CSVFile {
    /// The bytes, and how to give back pages of them once read.
    enum Contents {
        case mapped(FileMapping)
        case read(ReadBuffer)

        /// Calls `body` with the bytes, which stay valid until it returns.
        func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>, PageRelease) throws(E) -> R) throws(E) -> R {
            switch self {
            case .mapped(let mapping):
                return try withExtendedLifetime(mapping) { () throws(E) -> R in try body(mapping.bytes, mapping.pages) }
            case .read(let buffer):
                return try withExtendedLifetime(buffer) { () throws(E) -> R in try body(buffer.bytes, .none) }
            }
        }

        /// Whether another program cut the file short while its mapping was read: what was
        /// read from it is not the file and must be discarded.
        var wasCutShort: Bool {
            if case .mapped(let mapping) = self { mapping.wasCutShort } else { false }
        }
    }

    /// The contents of the file at `path`, or an error naming it.
    static func contents(at path: String) throws(FileError) -> Contents {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileError(path, reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError(path, reason(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileError(path, "is a directory, not a file") }
        if (status.st_mode & S_IFMT) == S_IFREG, let mapping = FileMapping(descriptor: descriptor, size: Int(status.st_size)) {
            return .mapped(mapping)
        }
        let (buffer, error) = ReadBuffer.readAll(descriptor, size: Int(status.st_size))
        guard let buffer else { throw FileError(path, reason(error)) }
        return .read(buffer)
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory, not a file"
        default: String(cString: strerror(code))
        }
    }
}
