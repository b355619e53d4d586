import TOMLKit

/// Reading `workbook.toml` with TOMLKit and checking what it says: every problem is a
/// `FileError` naming the manifest, with a line where one is known. TOMLKit gives lines for
/// syntax errors only; for a bad value the line is that of its first occurrence in the text,
/// found by searching for it (the value is usually unique: a path, a formula).
extension WorkbookManifest {
    /// Reads and checks a manifest: TOML syntax, the keys and their types, sheet file paths
    /// (relative, inside the directory), units (standard or declared) and formula syntax.
    /// `path` is how errors name the file.
    public init(parsing text: String, path: String) throws(FileError) {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FileError(path, line: error.source.begin.line, WorkbookManifest.syntaxMessage(error))
        } catch {
            throw FileError(path, "not valid TOML")
        }
        var reader = ManifestReader(path: path, text: text)
        try reader.refuseUnknownKeys(root, allowed: ["title", "year", "units", "sheets", "names", "checks"], in: "the manifest")
        title = try reader.string(root, "title", in: "the manifest") ?? ""
        year = try reader.integer(root, "year")
        units = try reader.strings(root, "units")
        let catalog = units.reduce(UnitCatalog.standard) { $0.declaring($1) }
        reader.unitSymbols = catalog.symbols
        sheets = try reader.tables(root, "sheets").map { table throws(FileError) in try reader.sheet(table, catalog: catalog) }
        names = try reader.names(root["names"])
        checks = try reader.tables(root, "checks").map { table throws(FileError) in try reader.check(table) }
        try reader.refuseDuplicates(sheets.map(\.name), what: "sheet")
        try reader.refuseDuplicates(names.map(\.name), what: "name")
    }

    /// TOMLKit's message, with a hint for the commonest mistake: a bare key that is not
    /// ASCII, which TOML 1.0 does not allow (the SPEC's illustration writes them so).
    static func syntaxMessage(_ error: TOMLParseError) -> String {
        var message = "not valid TOML: " + error.description
        if let saw = error.description.range(of: "saw '"),
           let character = error.description[saw.upperBound...].first, !character.isASCII {
            message += "; keys that are not ASCII need quotes in TOML 1.0, as in \"预算数\" = \"万元\""
        }
        return message
    }
}

/// The checks the manifest reader makes, with what it needs to word and place its errors.
struct ManifestReader {
    /// How errors name the manifest.
    let path: String
    /// The manifest's lines, searched to place errors about values.
    let lines: [Substring]
    /// The unit symbols formulas may use, once the manifest's own units are known.
    var unitSymbols: Set<String> = []

    /// A reader for the manifest at `path` whose text is `text`.
    init(path: String, text: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// A FileError at the first line holding `needle`, if any.
    func error(_ message: String, near needle: String? = nil) -> FileError {
        let line = needle.flatMap { needle in lines.firstIndex { $0.contains(needle) } }.map { $0 + 1 }
        return FileError(path, line: line, message)
    }

    /// The string under `key`, nil when absent; `place` words the error for another type.
    func string(_ table: TOMLTable, _ key: String, in place: String) throws(FileError) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw error("\(key) in \(place) must be a string", near: key) }
        return string
    }

    /// The whole number under `key`, nil when absent.
    func integer(_ table: TOMLTable, _ key: String) throws(FileError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int else { throw error("\(key) must be a whole number", near: key) }
        return number
    }

    /// The list of strings under `key`, empty when absent.
    func strings(_ table: TOMLTable, _ key: String) throws(FileError) -> [String] {
        guard let value = table[key] else { return [] }
        guard let array = value.array, let strings = Optional(array.compactMap(\.string)),
              strings.count == array.count
        else { throw error("\(key) must be a list of strings", near: key) }
        return strings
    }

    /// An array of tables (`[[sheets]]`), or none.
    func tables(_ table: TOMLTable, _ key: String) throws(FileError) -> [TOMLTable] {
        guard let value = table[key] else { return [] }
        guard let array = value.array, let tables = Optional(array.compactMap(\.table)), tables.count == array.count
        else { throw error("\(key) must be an array of tables, as [[\(key)]]", near: key) }
        return tables
    }

    /// A table of strings (`units = { "预算数" = "万元" }`), keys sorted.
    func stringTable(_ table: TOMLTable, _ key: String, in place: String) throws(FileError) -> [(String, String)] {
        guard let value = table[key] else { return [] }
        guard let inner = value.table else { throw error("\(key) of \(place) must be a table", near: key) }
        var pairs: [(String, String)] = []
        for (name, item) in inner {
            guard let string = item.string else { throw error("\(key).\(name) of \(place) must be a string", near: name) }
            pairs.append((name, string))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    /// Refuses a key outside `allowed`: a misspelt `format` would otherwise be ignored silently.
    func refuseUnknownKeys(_ table: TOMLTable, allowed: Set<String>, in place: String) throws(FileError) {
        if let unknown = table.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw error("unknown key '\(unknown)' in \(place)", near: unknown)
        }
    }

    /// Refuses a name given twice.
    func refuseDuplicates(_ names: [String], what: String) throws(FileError) {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw error("the \(what) '\(name)' is defined twice", near: name)
        }
    }

    /// Checks that a formula parses; the error gives the parser's message and the 1-based
    /// character in the formula where it stands.
    func checkFormula(_ formula: String, of owner: String) throws(FileError) {
        do {
            _ = try Parser.parse(formula, unitSymbols: unitSymbols)
        } catch {
            throw self.error("the formula of \(owner), '\(formula)', does not parse: \(error.message) at character \(error.span.start + 1)",
                             near: formula)
        }
    }
}
