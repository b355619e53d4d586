import Foundation
import Testing

/// SPEC §10, "never loses data", beyond `save` under SIGKILL (CrashSafeSaveTests): an export
/// killed half-way, a save that runs out of disk space, a piped session that fails.
@Suite(.serialized) struct NothingLostTests {
    /// The ledger exported: large enough that a debug build spends a good part of a second
    /// writing it, so that the kills land inside the write.
    static let rows = 20_000
    static let ledger: String = {
        var text = "序号,项目,预算数,决算数\n"
        text.reserveCapacity(rows * 40)
        for row in 0..<rows { text += "\(row),项目\(row % 200),\(row % 1000).\(row % 10)0,\"1,\(row % 1000).5\"\n" }
        return text
    }()
    static let oldExport = Data("a good export from last quarter\r\n".utf8)

    /// `export SHEET to FILE.csv` over a good file, killed with SIGKILL at moments spread over
    /// the write: each time the file holds the old bytes or the complete new ones. The
    /// temporary files the kills leave are removed by the next export into the folder.
    @Test(.timeLimit(.minutes(3))) func aKilledExportLeavesTheOldFileOrTheNewOne() throws {
        let folder = try scratchFolder()
        try write(Self.ledger, to: folder + "/台账.csv")
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        let target = folder + "/out/台账.csv"
        let arguments = ["台账.csv", "-c", "export 台账 to out/台账.csv"]
        // One export to the end: the new bytes, and when the write starts and ends.
        try Self.oldExport.write(to: URL(fileURLWithPath: target))
        let (writeStart, replaced, whole) = try Self.watchExport(arguments, in: folder, target: target)
        let newExport = try Data(contentsOf: URL(fileURLWithPath: target))
        #expect(newExport.count > 500_000 && newExport != Self.oldExport)
        // From a little before the write to the end of the run: kills before the rename must
        // find the old file, after it the new one (the process start varies by tens of
        // milliseconds, so the window is wide).
        let margin = max(replaced - writeStart, 0.05)
        let first = max(writeStart - margin, 0), last = whole + margin
        var outcomes: [String: Int] = [:]
        let kills = 24
        for run in 0..<kills {
            try Self.oldExport.write(to: URL(fileURLWithPath: target))
            let delay = first + (last - first) * Double(run) / Double(kills - 1)
            try Self.kill(arguments, in: folder, after: delay)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
            let state = bytes == Self.oldExport ? "old" : bytes == newExport ? "new" : nil
            #expect(state != nil, "run \(run), killed after \(delay) s: \(bytes.count) bytes, neither the old file nor the new one")
            outcomes[state ?? "torn", default: 0] += 1
        }
        print("SIGKILL during export: \(outcomes) over \(kills) runs killed between \(first) s and \(last) s")
        // What the kills left beside the file is a hidden temporary of a dead process; the
        // next export into the folder removes it, and leaves none of its own.
        let finished = try run(["台账.csv", "-c", "export 台账 to out/again.csv"], in: folder)
        #expect(finished.status == 0, "\(finished)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted() == ["again.csv", "台账.csv"])
    }

    /// A save onto a full disk — a small tmpfs when the tests run as root and may mount one,
    /// else a file size limit (`ulimit -f`, as CrashSafeSaveTests does) — fails naming the
    /// file and the cause, says the workbook on disk is unchanged, and leaves it so.
    @Test func aSaveOnAFullDiskLeavesTheOldWorkbookAndSaysSo() throws {
        let folder = try scratchFolder()
        let mounted = Self.mountSmallDisk(at: folder, bytes: 256 << 10)
        defer { if mounted { Self.unmount(folder) } }
        // The sheet is most of the disk, so the new copy of it cannot be written beside it.
        var sheet = "序号,项目,预算数\n"
        var row = 0
        while sheet.utf8.count < 160_000 {
            sheet += "\(row == 0 ? 7 : row),项目\(row % 200),\(row % 1000).50\n"
            row += 1
        }
        let manifest = "title = \"台账\"\n\n[[sheets]]\nname = \"台账\"\nfile = \"sheets/台账.csv\"\n"
        let workbook = folder + "/wb"
        try FileManager.default.createDirectory(atPath: workbook + "/sheets", withIntermediateDirectories: true)
        try write(manifest, to: workbook + "/workbook.toml")
        try write(sheet, to: workbook + "/sheets/台账.csv")
        let result: BoundedRun
        if mounted {
            result = try run(["wb", "-c", "A2 = 1; save"], in: folder)
        } else {
            // The limit in 1 KiB blocks: half the sheet.
            let blocks = sheet.utf8.count / 2048
            result = try Self.runShell("trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" wb -c 'A2 = 1; save'", in: folder)
        }
        print("a save onto a full disk, simulated with \(mounted ? "a 256 KiB tmpfs" : "ulimit -f")")
        let cause = mounted ? "No space left on device" : "File too large"
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("<command>:1:9: error: wb/sheets/台账.1.csv: cannot write the file: \(cause)\n"),
                "\(result.standardError)")
        #expect(result.standardError.contains("note: nothing was saved: the workbook in wb is as it was"), "\(result.standardError)")
        #expect(try String(contentsOfFile: workbook + "/workbook.toml", encoding: .utf8) == manifest)
        #expect(try String(contentsOfFile: workbook + "/sheets/台账.csv", encoding: .utf8) == sheet)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workbook).sorted() == ["sheets", "workbook.toml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: workbook + "/sheets") == ["台账.csv"])
        let loaded = try run(["wb", "-c", "A2"], in: folder)
        #expect(loaded.standardOutput == "7\n", "\(loaded)")
    }

    /// Piped statements never save by themselves: not when one fails part-way, not at the
    /// end of the input. The workbook folder is left byte for byte as it was.
    @Test(arguments: ["A2 = 1\nSUMM(1)\n", "A2 = 1\n", "A2 = 1\nSUMM(1)\nA3 = 2\n"])
    func pipedInputNeverSavesByItself(_ input: String) throws {
        let folder = try scratchFolder()
        let workbook = folder + "/wb"
        try FileManager.default.createDirectory(atPath: workbook + "/sheets", withIntermediateDirectories: true)
        try write("[[sheets]]\nname = \"a\"\nfile = \"sheets/a.csv\"\n", to: workbook + "/workbook.toml")
        try write("x,y\n7,2\n", to: workbook + "/sheets/a.csv")
        let before = try Self.snapshot(workbook)
        let result = try run(["wb"], input: Data(input.utf8), in: folder)
        let failed = input.contains("SUMM")
        #expect(result.status == (failed ? 1 : 0), "\(result)")
        if failed { #expect(result.standardError.hasPrefix("<stdin>:2:1: error: unknown function 'SUMM'"), "\(result)") }
        #expect(try Self.snapshot(workbook) == before)
        #expect(try run(["wb", "-c", "A2"], in: folder).standardOutput == "7\n")
    }

    // MARK: Support

    /// Every file under `folder` by relative path, with its bytes.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            files[path] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return files
    }

    /// Runs the export to the end, polling the folder; returns when (seconds after the start)
    /// a temporary file appeared beside `target`, when `target` changed, and when the run ended.
    static func watchExport(_ arguments: [String], in folder: String, target: String) throws -> (TimeInterval, TimeInterval, TimeInterval) {
        let process = Process()
        process.executableURL = suanpanExecutable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var writeStart: TimeInterval?, replaced: TimeInterval?
        let outFolder = AtomicFolder.of(target)
        while replaced == nil && process.isRunning {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: outFolder)) ?? []
            if writeStart == nil && files.contains(where: { $0.hasPrefix(".suanpan-") }) { writeStart = Date().timeIntervalSince(started) }
            if FileManager.default.contents(atPath: target) != oldExport { replaced = Date().timeIntervalSince(started) }
            usleep(1000)
        }
        process.waitUntilExit()
        let end = Date().timeIntervalSince(started)
        return (writeStart ?? 0, replaced ?? end, end)
    }

    /// Starts the run, kills it with SIGKILL after `delay` seconds (or lets it finish, if it
    /// is quicker) and waits for it.
    static func kill(_ arguments: [String], in folder: String, after delay: TimeInterval) throws {
        let process = Process()
        process.executableURL = suanpanExecutable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Mounts a tmpfs of `bytes` on `folder`; false when that is not allowed (not root, or
    /// in a container without the capability), and the caller falls back.
    static func mountSmallDisk(at folder: String, bytes: Int) -> Bool {
        guard getuid() == 0 else { return false }
        let result = try? runProgram("/bin/mount", ["-t", "tmpfs", "-o", "size=\(bytes)", "tmpfs", folder])
        return result == 0
    }

    static func unmount(_ folder: String) {
        _ = try? runProgram("/bin/umount", [folder])
    }

    static func runProgram(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `script` with `sh -c`, `$0` being the suanpan binary.
    static func runShell(_ script: String, in folder: String) throws -> BoundedRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, suanpanExecutable.path]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let standardError = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return BoundedRun(status: process.terminationStatus, standardOutput: "", standardError: standardError, timedOut: false)
    }
}

/// The folder part of a path.
enum AtomicFolder {
    static func of(_ path: String) -> String { URL(fileURLWithPath: path).deletingLastPathComponent().path }
}
