import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that a crash never leaves a partial one under its name.
///
/// The bytes go to a temporary file in the same folder (a rename is atomic only within one
/// file system), which is flushed to disk with `fsync` and then renamed over the target; the
/// folder is flushed too, so that the rename itself survives a power cut. Until the rename the
/// old file is untouched; after it the new one is whole. A failure (no space left, no
/// permission) removes the temporary file and throws, leaving the old file as it was.
enum AtomicFile {
    /// The prefix of every temporary file: a crash can leave one behind, and the next save
    /// of the workbook removes what starts with it. The full name is
    /// `.suanpan-<process id>-<random>.tmp`, so that the next write into the folder can tell
    /// a file whose writer was killed (`removeAbandonedTemporaries`) from one being written.
    static let temporaryPrefix = ".suanpan-"

    /// Writes the chunks `produce` emits to `path`, atomically. `displayPath` is how errors
    /// name the file.
    static func write(
        to path: String, displayPath: String? = nil,
        _ produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) {
        let shown = displayPath ?? path
        removeAbandonedTemporaries(in: folder(of: path))
        let temporary = try writeTemporary(beside: path, displayPath: shown, produce)
        try replace(path, with: temporary, displayPath: shown)
    }

    /// Writes `bytes` to `path`, atomically.
    static func write(_ bytes: [UInt8], to path: String, displayPath: String? = nil) throws(FileError) {
        try write(to: path, displayPath: displayPath) { emit throws(FileError) in try emit(bytes) }
    }

    /// Writes the chunks to a new temporary file in `path`'s folder, flushed to disk, and
    /// returns its path. The caller renames it or removes it.
    static func writeTemporary(
        beside path: String, displayPath: String,
        _ produce: (_ emit: ([UInt8]) throws(FileError) -> Void) throws(FileError) -> Void
    ) throws(FileError) -> String {
        let (temporary, descriptor) = try createTemporary(in: folder(of: path), displayPath: displayPath)
        do throws(FileError) {
            try produce { chunk throws(FileError) in try writeAll(chunk, to: descriptor, displayPath: displayPath) }
            if fsync(descriptor) != 0 { throw systemError(displayPath, "cannot flush the file to disk") }
            if close(descriptor) != 0 { throw systemError(displayPath, "cannot close the file") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// Renames `temporary` over `path` and flushes the folder; on failure removes `temporary`.
    static func replace(_ path: String, with temporary: String, displayPath: String) throws(FileError) {
        try rename(temporary, over: path, displayPath: displayPath)
        try syncFolder(folder(of: path), displayPath: displayPath)
    }

    /// Renames `temporary` over `path`, the atomic step alone; on failure removes `temporary`.
    static func rename(_ temporary: String, over path: String, displayPath: String) throws(FileError) {
        guard systemRename(temporary, path) == 0 else {
            let error = systemError(displayPath, "cannot replace the file")
            unlink(temporary)
            throw error
        }
    }

    /// Flushes a folder's entries (creations, renames, removals) to disk.
    static func syncFolder(_ folder: String, displayPath: String) throws(FileError) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw systemError(displayPath, "cannot open the folder to flush it") }
        defer { close(descriptor) }
        // Some file systems refuse fsync on a folder (EINVAL); their renames are already durable.
        if fsync(descriptor) != 0 && errno != EINVAL {
            throw systemError(displayPath, "cannot flush the folder to disk")
        }
    }

    /// The folder part of a path: `.` for a bare file name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A FileError whose message ends with the system's reason: `…: No space left on device`.
    static func systemError(_ path: String, _ message: String) -> FileError {
        let reason = String(cString: strerror(errno))
        return FileError(path, "\(message): \(reason)")
    }

    private static func createTemporary(in folder: String, displayPath: String) throws(FileError) -> (String, Int32) {
        // A random name opened with O_EXCL: never an existing file, whatever a crash left.
        for _ in 0..<16 {
            let name = folder + "/" + temporaryPrefix + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".tmp"
            let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (name, descriptor) }
            if errno != EEXIST { throw systemError(displayPath, "cannot create a file in \(folder)") }
        }
        throw FileError(displayPath, "cannot create a temporary file in \(folder)")
    }

    /// Removes the temporary files in `folder` whose writing process no longer runs — what
    /// `kill -9` or a power cut during an export leaves — so that they do not pile up beside
    /// the exports. A file of a live process (another `suanpan` exporting into the same
    /// folder) is left alone; failures are ignored, as the write does not depend on them.
    static func removeAbandonedTemporaries(in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(temporaryPrefix) && entry.hasSuffix(".tmp") {
            let rest = entry.dropFirst(temporaryPrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let writer = pid_t(rest[..<dash]), writer > 0,
                  writer != getpid(), kill(writer, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + entry)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, displayPath: String) throws(FileError) {
        let failed = bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if failed { throw systemError(displayPath, "cannot write the file") }
    }
}

/// The system's `write(2)`, named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

/// The system's `rename(2)`, named apart from `AtomicFile.rename`.
private func systemRename(_ from: String, _ to: String) -> Int32 {
    #if canImport(Glibc)
    Glibc.rename(from, to)
    #else
    Darwin.rename(from, to)
    #endif
}
