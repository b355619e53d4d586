#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only, so that its bytes are read straight from the kernel's
/// page cache: nothing is copied, and no anonymous memory the size of the file is taken.
///
/// The pages a reader touches count towards the process's resident memory until they are
/// given back (`PageRelease`); a reader that gives back what it has parsed holds only the
/// parts in flight. The mapping is private and never written, so a page given back is read
/// again from the file if it is touched again.
///
/// A file cut short by another program while it is mapped would fault on the lost pages;
/// `MappedFileGuard` reads them as zeros instead, and `wasCutShort` tells the reader to
/// discard what it read.
final class FileMapping {
    let bytes: UnsafeBufferPointer<UInt8>
    private let guardSlot: MappedFileGuard.Slot

    /// Maps `size` bytes of the open file, or nil when the kernel refuses (a file system
    /// without mapping, a size of 0) or the mapping cannot be guarded, for the caller to read
    /// the file instead.
    init?(descriptor: Int32, size: Int) {
        guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != MAP_FAILED
        else { return nil }
        let bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
        guard let slot = MappedFileGuard.register(bytes) else {
            munmap(address, size)
            return nil
        }
        self.bytes = bytes
        guardSlot = slot
        pages = PageRelease(mapping: bytes)
    }

    /// Gives back pages of this mapping.
    let pages: PageRelease

    /// Whether the file became shorter than the mapping while it was read, so that some of
    /// the bytes read were zeros standing in for lost pages.
    var wasCutShort: Bool { guardSlot.cutShort.load(ordering: .relaxed) }

    deinit {
        MappedFileGuard.unregister(guardSlot)
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}

/// Giving the pages of a read-only file mapping back to the kernel once they are read.
///
/// Only a `FileMapping` makes an active one: dropping pages of ordinary memory would lose
/// what they hold. For bytes that are not mapped it does nothing.
struct PageRelease: @unchecked Sendable {
    /// The mapping's bytes; nil for bytes that are not mapped.
    private let mapping: UnsafeBufferPointer<UInt8>?

    /// Does nothing: the bytes are in ordinary memory.
    static let none = PageRelease(mapping: nil)

    fileprivate init(mapping: UnsafeBufferPointer<UInt8>?) {
        self.mapping = mapping
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Drops from resident memory the pages that lie wholly inside `bytes` (which must lie
    /// inside the mapping); the pages at either end, which a neighbour may still be reading,
    /// stay. Returns how far into `bytes` the pages given back reach: the start of the page
    /// that holds their end, where a reader that moves on should start its next call.
    @discardableResult
    func release(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let mapping, let start = bytes.baseAddress, let base = mapping.baseAddress,
              start >= base, start + bytes.count <= base + mapping.count
        else { return bytes.count }
        let size = PageRelease.pageSize
        let first = (Int(bitPattern: start) + size - 1) / size * size
        let end = (Int(bitPattern: start) + bytes.count) / size * size
        guard end > first, let pages = UnsafeMutableRawPointer(bitPattern: first) else { return 0 }
        madvise(pages, end - first, MADV_DONTNEED)
        return end - Int(bitPattern: start)
    }
}
