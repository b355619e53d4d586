import Foundation
import Testing

/// SPEC §10: `kill -9` during `save` leaves a loadable workbook. A real `suanpan` process
/// saves a large workbook and is killed with SIGKILL at 100 moments spread over the save;
/// each time the directory must hold exactly the old workbook or exactly the new one, and
/// load.
@Suite(.serialized, .timeLimit(.minutes(10))) struct CrashSafeSaveTests {
    // Large enough that a debug build spends most of a second writing, so the 100 kills land
    // inside the save; small enough that the 100 runs and loads stay within CI's time.
    static let rows = 20_000
    static let oldManifest = """
        title = "台账"

        [[sheets]]
        name = "台账"
        file = "sheets/台账.csv"
        units = { "预算数" = "万元", "决算数" = "万元" }

        """

    /// The old sheet file: A2 holds 7; `A2 = 1; save` makes it 1.
    static let oldSheet: Data = {
        var text = "序号,项目,预算数,决算数\n"
        text.reserveCapacity(rows * 40)
        for row in 0..<rows {
            let number = row == 0 ? 7 : row
            text += "\(number),项目\(row % 200),\(row % 1000).\(row % 10)0,\"1,\(row % 1000).5\"\n"
        }
        return Data(text.utf8)
    }()

    /// The new sheet file: the old one with A2 changed and nothing else.
    static let newSheet: Data = {
        var text = String(decoding: oldSheet, as: UTF8.self)
        let firstRow = text.range(of: "\n7,")!
        text.replaceSubrange(firstRow, with: "\n1,")
        return Data(text.utf8)
    }()

    @Test func killedSavesLeaveTheOldOrTheNewWorkbook() throws {
        let base = try Self.makeOldWorkbook()
        // One save run to completion: the new workbook, and how long a run takes.
        let reference = try Self.copy(base)
        let started = Date()
        let saved = try runSuanpan([reference, "-c", "A2 = 1; save"])
        let saveRun = Date().timeIntervalSince(started)
        try #require(saved.status == 0, "the save run failed (are `open DIR` and `save` available?): \(saved.standardError)")
        let newManifest = try String(contentsOfFile: reference + "/workbook.toml", encoding: .utf8)
        #expect(newManifest.contains("file = \"sheets/台账.1.csv\""))
        #expect(FileManager.default.contents(atPath: reference + "/sheets/台账.1.csv") == Self.newSheet)
        #expect(!FileManager.default.fileExists(atPath: reference + "/sheets/台账.csv"))
        // When the save writes: from its first file in sheets/ to the manifest's switch,
        // watched in one more run; the kills are spread over that window and a little
        // around it (a kill before it only ever sees the load, after it the finished save).
        let (writeStart, switched) = try Self.watchSave(in: Self.copy(base))
        var outcomes: [String: Int] = [:]
        let margin = max((switched - writeStart) * 0.1, 0.01)
        let first = max(writeStart - margin, 0), last = min(switched + margin, saveRun)
        for run in 0..<100 {
            let directory = try Self.copy(base)
            let delay = first + (last - first) * Double(run) / 99
            try Self.killSave(in: directory, after: delay)
            let state = try Self.state(of: directory, newManifest: newManifest)
            try #require(state != nil, "run \(run), killed after \(delay) s: neither the old nor the new workbook")
            outcomes[state!, default: 0] += 1
            let loaded = try runSuanpan([directory, "-c", "A2"])
            #expect(loaded.status == 0, "run \(run): \(loaded.standardError)")
            #expect(loaded.standardOutput == (state == "old" ? "7\n" : "1\n"), "run \(run)")
            try FileManager.default.removeItem(atPath: directory)
        }
        print("SIGKILL during save: \(outcomes) over 100 runs killed between \(first) s and \(last) s")
    }

    /// A save that runs out of room fails with an error naming the file, and leaves the old
    /// workbook as it was. The disk is "full" through `ulimit -f` with SIGXFSZ ignored, so
    /// that writing past the limit fails with EFBIG, as a full disk fails with ENOSPC.
    @Test func aSaveThatCannotWriteLeavesTheOldWorkbook() throws {
        let directory = try Self.makeOldWorkbook()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Half the sheet's size in 1 KiB blocks (a quarter in 512-byte ones): the new sheet
        // file cannot be written whole, while the old one can still be read.
        let blocks = Self.oldSheet.count / 2048
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$1\" -c 'A2 = 1; save'", suanpanExecutable.path, directory]
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let standardError = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(standardError.contains("sheets/台账.1.csv: cannot write the file: File too large"), "\(standardError)")
        #expect(try String(contentsOfFile: directory + "/workbook.toml", encoding: .utf8) == Self.oldManifest)
        #expect(FileManager.default.contents(atPath: directory + "/sheets/台账.csv") == Self.oldSheet)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/sheets") == ["台账.csv"])
    }


    /// Runs a save to the end, polling the directory; returns when (seconds after the start)
    /// the first new file appeared in `sheets/` and when `workbook.toml` changed.
    static func watchSave(in directory: String) throws -> (TimeInterval, TimeInterval) {
        let process = Process()
        process.executableURL = suanpanExecutable
        process.arguments = [directory, "-c", "A2 = 1; save"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var writeStart: TimeInterval?
        var switched: TimeInterval?
        while switched == nil && process.isRunning {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/sheets")) ?? []
            if writeStart == nil && files.count > 1 { writeStart = Date().timeIntervalSince(started) }
            if (try? String(contentsOfFile: directory + "/workbook.toml", encoding: .utf8)) != oldManifest {
                switched = Date().timeIntervalSince(started)
            }
            usleep(1000)
        }
        process.waitUntilExit()
        let end = Date().timeIntervalSince(started)
        return (writeStart ?? 0, switched ?? end)
    }

    /// Starts `suanpan DIR -c 'A2 = 1; save'`, kills it with SIGKILL after `delay` seconds
    /// (or lets it finish, if it is quicker) and waits for it.
    static func killSave(in directory: String, after delay: TimeInterval) throws {
        let process = Process()
        process.executableURL = suanpanExecutable
        process.arguments = [directory, "-c", "A2 = 1; save"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// "old" or "new" when the directory holds exactly that workbook (its manifest and the
    /// sheet file it names, byte for byte), nil otherwise.
    static func state(of directory: String, newManifest: String) throws -> String? {
        let manifest = try String(contentsOfFile: directory + "/workbook.toml", encoding: .utf8)
        if manifest == oldManifest {
            return FileManager.default.contents(atPath: directory + "/sheets/台账.csv") == oldSheet ? "old" : nil
        }
        if manifest == newManifest {
            return FileManager.default.contents(atPath: directory + "/sheets/台账.1.csv") == newSheet ? "new" : nil
        }
        return nil
    }

    static func makeOldWorkbook() throws -> String {
        let directory = NSTemporaryDirectory() + "suanpan-kill-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/sheets", withIntermediateDirectories: true)
        try Data(oldManifest.utf8).write(to: URL(fileURLWithPath: directory + "/workbook.toml"))
        try oldSheet.write(to: URL(fileURLWithPath: directory + "/sheets/台账.csv"))
        return directory
    }

    static func copy(_ directory: String) throws -> String {
        let copy = directory + "-" + UUID().uuidString.prefix(8)
        try FileManager.default.copyItem(atPath: directory, toPath: copy)
        return copy
    }
}
