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
        case read([UInt8])

        /// Calls `body` with the bytes, which stay valid until it returns.
        func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>, PageRelease) throws(E) -> R) throws(E) -> R {
            switch self {
            case .mapped(let mapping):
                return try withExtendedLifetime(mapping) { () throws(E) -> R in try body(mapping.bytes, mapping.pages) }
            case .read(let bytes):
                return try bytes.withUnsafeBufferPointer { (bytes) throws(E) -> R in try body(bytes, .none) }
            }
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
        return .read(try bytes(of: descriptor, size: Int(status.st_size), path: path))
    }

    /// Reads the open file to its end, starting with the `size` that `stat` reported.
    private static func bytes(of descriptor: Int32, size: Int, path: String) throws(FileError) -> [UInt8] {
        var failure: Int32 = 0
        // One read straight into the array's storage for the size `stat` reports…
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            while initialized < size {
                let count = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { break }
                initialized += count
            }
        }
        // …then whatever follows, for a file that grew or reports no size (a pipe, /proc).
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while failure == 0 {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failure = errno }
            if count <= 0 { break }
            bytes.append(contentsOf: block[..<count])
        }
        if failure != 0 { throw FileError(path, reason(failure)) }
        return bytes
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
