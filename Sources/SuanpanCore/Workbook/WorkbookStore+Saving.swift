import Foundation

/// Saving a workbook directory so that a crash at any instant leaves it loadable (SPEC §2,
/// §10).
///
/// The order of the steps is the guarantee:
/// 1. each sheet is written under a new name, `sheets/支出.<generation>.csv`, that the current
///    manifest does not name, and flushed to disk;
/// 2. the new manifest, naming those files, is written to a temporary file and flushed;
/// 3. it is renamed over `workbook.toml` — the one atomic switch — and the folder is flushed;
/// 4. the files the old manifest named, and strays of earlier interrupted saves, are removed.
///
/// Before step 3 the directory holds the old workbook whole (plus files nothing names); after
/// it, the new one. A failure before the switch (no space left, no permission) removes what
/// was written and throws, leaving the old workbook as it was; nothing after the switch
/// throws, so an error always means the old workbook is there.
extension WorkbookStore {
    /// Saves `workbook` into `directory`: in place when it holds a workbook, as a new
    /// workbook when it does not exist or is empty. A directory holding anything else is
    /// refused, so that `save to DIR` never overwrites someone's files.
    public static func save(_ workbook: Workbook, to directory: String) throws(FileError) {
        let live = try prepare(directory)
        let sheetsFolder = directory + "/sheets"
        let generation = nextGeneration(in: sheetsFolder)
        let files = fileNames(for: workbook.sheets, generation: generation)
        var written: [String] = []
        do throws(FileError) {
            for (sheet, file) in zip(workbook.sheets, files) {
                let path = directory + "/" + file
                let temporary = try AtomicFile.writeTemporary(beside: path, displayPath: path) { emit throws(FileError) in
                    try CSVWriter(style: .sheetFile).write(sheet, to: emit)
                }
                written.append(path)
                try AtomicFile.replace(path, with: temporary, displayPath: path)
            }
            try AtomicFile.syncFolder(sheetsFolder, displayPath: sheetsFolder)
            let manifest = WorkbookManifest(describing: workbook, files: files)
            let manifestPath = directory + "/" + WorkbookManifest.fileName
            let temporary = try AtomicFile.writeTemporary(beside: manifestPath, displayPath: manifestPath) { emit throws(FileError) in
                try emit(Array(manifest.tomlText.utf8))
            }
            try AtomicFile.rename(temporary, over: manifestPath, displayPath: manifestPath)
        } catch {
            for path in written { unlink(path) }
            throw error
        }
        // The switch is made: the new manifest names the new files, so nothing may be undone
        // now, and `save` throws only while the old workbook is untouched. A folder that
        // cannot be flushed (rare: an I/O error) leaves the rename to the system's own flush.
        try? AtomicFile.syncFolder(directory, displayPath: directory)
        removeLeftovers(in: directory, keeping: Set(files), oldFiles: live)
    }

    /// Checks that `directory` may be saved into, creating it (and `sheets/`) if needed;
    /// returns the files its current manifest names.
    private static func prepare(_ directory: String) throws(FileError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        var live: [String] = []
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw FileError(directory, "is a file, not a directory") }
            let manifestPath = directory + "/" + WorkbookManifest.fileName
            if manager.fileExists(atPath: manifestPath) {
                // An unreadable old manifest is replaced; only its files cannot be cleaned up.
                if let text = try? String(contentsOfFile: manifestPath, encoding: .utf8),
                   let manifest = try? WorkbookManifest(parsing: text, path: manifestPath) {
                    live = manifest.sheets.map(\.file)
                }
            } else if !onlyLeftovers(in: directory) {
                throw FileError(directory, "holds files but no \(WorkbookManifest.fileName); save into a new or empty directory")
            }
        }
        do {
            try manager.createDirectory(atPath: directory + "/sheets", withIntermediateDirectories: true)
        } catch {
            throw FileError(directory, "cannot create the directory: \(reason(error))")
        }
        return live
    }

    /// True when a directory without a manifest holds nothing but what an interrupted first
    /// save left (`sheets/` with sheet files and temporary files), so saving again may go on.
    private static func onlyLeftovers(in directory: String) -> Bool {
        let manager = FileManager.default
        let entries = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        return entries.allSatisfy { entry in
            if entry.hasPrefix(AtomicFile.temporaryPrefix) { return true }
            guard entry == "sheets" else { return false }
            let files = (try? manager.contentsOfDirectory(atPath: directory + "/sheets")) ?? []
            return files.allSatisfy { $0.hasPrefix(AtomicFile.temporaryPrefix) || generation(of: $0) != nil }
        }
    }

    /// One more than the highest generation among the files in `sheets/`, so that no new
    /// file has the name of one the current manifest uses.
    static func nextGeneration(in folder: String) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return (entries.compactMap(generation(of:)).max() ?? 0) + 1
    }

    /// The generation in a sheet file's name, `支出.3.csv` → 3, or nil.
    static func generation(of fileName: String) -> Int? {
        guard fileName.hasSuffix(".csv") else { return nil }
        let stem = fileName.dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        return Int(stem[stem.index(after: dot)...])
    }

    /// `sheets/<name>.<generation>.csv` for each sheet, the name made safe for a file system
    /// and distinct from the others' (`a/b` and `a_b` would both be `a_b`).
    static func fileNames(for sheets: [Sheet], generation: Int) -> [String] {
        var used: Set<String> = []
        return sheets.enumerated().map { index, sheet in
            var stem = safeStem(sheet.name)
            if used.contains(stem.lowercased()) { stem += "-\(index + 1)" }
            used.insert(stem.lowercased())
            return "sheets/\(stem).\(generation).csv"
        }
    }

    /// A sheet name as a file name: `/`, `\`, `:` and control characters become `_`, and a
    /// leading dot too (hidden files).
    static func safeStem(_ name: String) -> String {
        var stem = String(name.map { character -> Character in
            character == "/" || character == "\\" || character == ":" || character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? "_" : character
        })
        if stem.hasPrefix(".") { stem = "_" + stem.dropFirst() }
        return stem.isEmpty ? "sheet" : String(stem.prefix(100))
    }

    /// Removes what the new manifest does not name: the old manifest's files, earlier
    /// generations and temporary files a crash left. Failures are ignored: the workbook is
    /// already saved, and the next save tries again.
    private static func removeLeftovers(in directory: String, keeping files: Set<String>, oldFiles: [String]) {
        for file in oldFiles where !files.contains(file) { unlink(directory + "/" + file) }
        for folder in ["", "sheets/"] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder)) ?? []
            for entry in entries where !files.contains(folder + entry) {
                let stray = entry.hasPrefix(AtomicFile.temporaryPrefix) || (folder == "sheets/" && generation(of: entry) != nil)
                if stray { unlink(directory + "/" + folder + entry) }
            }
        }
        try? AtomicFile.syncFolder(directory + "/sheets", displayPath: directory)
    }

    /// The system's reason inside a Foundation error, without its wrapping.
    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
