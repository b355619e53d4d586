/// Joining one column's builders — one per part of a file read in parallel — into a column.
///
/// The parts agree on a storage when each holds only blanks or the same kind (numbers in
/// one unit, or text); otherwise the column holds general values. Text codes of later parts
/// are renumbered into the first part's dictionary, so the joined column is the one a
/// single pass would have built.
enum CSVColumnMerge {
    /// A joined column, its cell formulas by data row, and the note about texts among figures.
    struct Merged {
        var column: Column
        var formulas: [(row: Int, source: String)]
        var note: String?
    }

    /// Joins `parts` in order into a column named `name` whose heading gives `headingUnit`;
    /// `firstLines[i]` is the file line where part `i` starts. The parts are consumed, so
    /// that their arrays are released as they are joined.
    static func merge(_ parts: consuming [CSVColumnBuilder], name: String, headingUnit: Unit?, firstLines: [Int]) -> Merged {
        var parts = parts
        let kinds = Set(parts.map(\.kind)).subtracting([.blank])
        // Units only: copies of the number parts would keep their arrays until the end.
        let numberUnits = parts.filter { $0.kind == .numbers }.map { (written: $0.numberUnit, column: $0.columnUnit) }
        let oneUnit = numberUnits.allSatisfy { $0.written == numberUnits.first?.written }
        let kind: CSVColumnBuilder.Kind = kinds.isEmpty ? .blank : kinds.count == 1 && oneUnit ? kinds.first! : .values
        if kind == .values {
            for index in parts.indices { parts[index].widen() }
        }
        let storage: Column.Storage
        var unit = headingUnit ?? .none
        switch kind {
        case .blank:
            let count = parts.reduce(0) { $0 + $1.count }
            storage = .numbers(NumberStore(repeating: .zero, count: count), blank: Array(repeating: true, count: count))
        case .numbers:
            unit = numberUnits.first?.column ?? unit
            storage = numberStorage(&parts)
        case .text:
            storage = textStorage(parts)
        case .values:
            storage = .values(parts.count == 1 ? parts[0].values : parts.flatMap(\.values))
        }
        var column = Column(name: name, unit: unit, storage: storage)
        var formulas: [(row: Int, source: String)] = []
        var offset = 0
        var firstText: (line: Int, text: String)?
        var (numbers, texts) = (0, 0)
        for (index, part) in parts.enumerated() {
            for (row, text) in part.sourceText { column.sourceText[offset + row] = text }
            formulas += part.formulas.map { (offset + $0.row, $0.source) }
            if firstText == nil, let text = part.firstText { firstText = (firstLines[index] + text.line, text.text) }
            numbers += part.numberCount
            texts += part.textCount
            offset += part.count
        }
        var note: String?
        if let firstText, texts > 0, numbers > texts {
            let cells = texts == 1 ? "1 cell is" : "\(texts) cells are"
            note = "\(name): \(cells) not a figure and stay\(texts == 1 ? "s" : "") text, the first on line \(firstText.line) (\"\(firstText.text)\")"
        }
        return Merged(column: column, formulas: formulas, note: note)
    }

    /// Figures end to end, blank where a part had only blanks; each part's arrays are
    /// released once copied, so the column is held twice at most while it is joined.
    private static func numberStorage(_ parts: inout [CSVColumnBuilder]) -> Column.Storage {
        let counts = parts.map(\.count)
        let anyBlank = parts.contains { $0.kind == .blank ? $0.count > 0 : !$0.blank.isEmpty }
        var blank: [Bool] = []
        if anyBlank { blank.reserveCapacity(counts.reduce(0, +)) }
        var stores: [NumberStore] = []
        for index in parts.indices {
            let part = parts[index].takeNumbers()
            stores.append(part.numbers)
            guard anyBlank else { continue }
            if parts[index].kind == .blank {
                blank.append(contentsOf: repeatElement(true, count: counts[index]))
            } else if part.blank.isEmpty {
                blank.append(contentsOf: repeatElement(false, count: counts[index]))
            } else {
                blank.append(contentsOf: part.blank)
            }
        }
        return .numbers(NumberStore.joined(&stores), blank: blank)
    }

    /// Text codes renumbered into one dictionary.
    private static func textStorage(_ parts: [CSVColumnBuilder]) -> Column.Storage {
        guard let first = parts.firstIndex(where: { $0.kind == .text }) else { return .values([]) }
        var interner = parts[first].interner
        if parts.count == 1 { return .text(codes: parts[0].codes, dictionary: interner.strings()) }
        var codes: [Int32] = []
        codes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (index, part) in parts.enumerated() {
            if part.kind == .blank {
                codes.append(contentsOf: repeatElement(Column.blankCode, count: part.count))
            } else if index == first {
                codes.append(contentsOf: part.codes)
            } else {
                let renumbered = (0..<part.interner.count).map { code in
                    part.interner.withBytes(of: code) { interner.code(for: $0) }
                }
                codes.append(contentsOf: part.codes.lazy.map { $0 < 0 ? $0 : renumbered[Int($0)] })
            }
        }
        return .text(codes: codes, dictionary: interner.strings())
    }
}
