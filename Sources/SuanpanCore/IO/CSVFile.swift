#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a whole file into one buffer, for the readers that parse its bytes.
enum CSVFile {
    /// The bytes of the file at `path`, or an error naming it.
    static func bytes(at path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileError(path, reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError(path, reason(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileError(path, "is a directory, not a file") }
        let size = Int(status.st_size)
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
