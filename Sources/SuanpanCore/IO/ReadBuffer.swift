#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file that cannot be mapped (a pipe, a file in /proc), read to its end into
/// one block of memory that doubles as it fills.
///
/// `realloc` moves a large block by remapping its pages, so growing copies nothing, and the
/// pages past the bytes read are never touched: the process holds the file once, not the
/// two or three times that appending to an array leaves behind while it grows.
final class ReadBuffer {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// Reads `descriptor` to its end, expecting about `size` bytes (what `stat` reported,
    /// 0 for a pipe); nil and the error number when a read fails.
    static func readAll(_ descriptor: Int32, size: Int) -> (buffer: ReadBuffer?, error: Int32) {
        let buffer = ReadBuffer(capacity: max(size + 1, 1 << 16))
        while true {
            if buffer.count == buffer.capacity { buffer.grow() }
            let received = read(descriptor, buffer.start + buffer.count, buffer.capacity - buffer.count)
            if received < 0 && errno == EINTR { continue }
            if received < 0 { return (nil, errno) }
            if received == 0 { return (buffer, 0) }
            buffer.count += received
        }
    }

    private init(capacity: Int) {
        self.capacity = capacity
        start = malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(start)
    }

    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start, count: count)
    }

    private func grow() {
        capacity *= 2
        start = realloc(start, capacity)!.assumingMemoryBound(to: UInt8.self)
    }
}
