import Testing
@testable import SuanpanCore

/// Every table lines up: over many generated tables of Chinese, fullwidth punctuation, emoji,
/// combining marks and ambiguous characters, at any width and either ambiguous measure, each
/// line padded to the rule's width is exactly that wide, every column boundary falls between
/// characters at the same display offset on every line, and each cell's text sits on its
/// side of its column.
struct TextTableAlignmentTests {
    static let texts = [
        "", "1", "-2,500.00", "38.29%", "办公室", "计生服务中心", "会议费：全年，含培训", "（一）", "ABC Co.",
        "mixed ASCII 与中文", "Cafe\u{301}", "🎉庆祝", "👨‍👩‍👧家庭", "👍🏽", "🇨🇳", "❤️", "“引号”·—…", "①②", "ｶﾀｶﾅ",
        "한국어", "a\u{20DD}", "1.53个百分点",
    ]

    /// A small deterministic generator (SplitMix64), so that a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func table(seed: UInt64) -> TextTable {
        var random = Generator(state: seed)
        let columns = 1 + random.next(7)
        let pick = { (random: inout Generator) in texts[random.next(texts.count)] }
        var table = TextTable(
            headers: (0..<columns).map { _ in pick(&random) },
            rows: (0..<random.next(12)).map { _ in
                (0..<columns).map { _ in
                    let alignment: [TextTable.Alignment?] = [nil, .left, .right]
                    return TextTable.Cell(pick(&random), alignment: alignment[random.next(3)])
                }
            },
            alignments: (0..<columns).map { _ in random.next(2) == 0 ? .left : .right })
        table.maxRows = random.next(3) == 0 ? 1 + random.next(6) : nil
        table.maxWidth = random.next(2) == 0 ? 8 + random.next(80) : nil
        table.pinnedColumns = random.next(3)
        table.measure = DisplayWidth(ambiguous: random.next(2) == 0 ? .narrow : .wide)
        return table
    }

    @Test(arguments: 0..<400)
    func linesUp(seed: Int) {
        let table = Self.table(seed: UInt64(seed))
        let layout = table.layout()
        let measure = table.measure
        // The rule gives each column's span: runs of dashes two spaces apart.
        let widths = layout.lines[1].split(separator: "  ", omittingEmptySubsequences: false).map(\.count)
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        let kept = (0..<max(table.headers.count, 1)).filter { !layout.hiddenColumns.contains($0) }
        let shown: [Int?] = kept.count == table.headers.count ? kept : Self.withGap(kept, pinned: table.pinnedColumns)
        #expect(shown.count == widths.count, "seed \(seed)")
        var rowIndex = 0
        for (lineIndex, line) in layout.lines.enumerated() where lineIndex != 1 {
            if line.hasPrefix("… "), line.hasSuffix(" hidden …") {
                rowIndex = table.rows.count - (table.maxRows! - (table.maxRows! + 1) / 2)
                continue
            }
            let padded = line + String(repeating: " ", count: max(total - measure.of(line), 0))
            #expect(measure.of(padded) == total, "seed \(seed) line \(lineIndex): \(line)")
            guard let segments = Self.cut(padded, widths: widths, measure: measure) else {
                Issue.record("seed \(seed) line \(lineIndex): a boundary falls inside a character: \(line)")
                continue
            }
            for (position, column) in shown.enumerated() {
                let segment = segments[position]
                guard let column else {
                    #expect(segment.trimmingCharacters(in: " ") == "…", "seed \(seed)")
                    continue
                }
                let cell = lineIndex == 0 ? TextTable.Cell(table.headers[column])
                    : column < table.rows[rowIndex].count ? table.rows[rowIndex][column] : TextTable.Cell("")
                let columnAlignment = column < table.alignments.count ? table.alignments[column] : .left
                let alignment = lineIndex == 0 ? columnAlignment : cell.alignment ?? columnAlignment
                let expected = alignment == .right
                    ? String(repeating: " ", count: widths[position] - measure.of(cell.text)) + cell.text
                    : cell.text + String(repeating: " ", count: widths[position] - measure.of(cell.text))
                #expect(segment == expected, "seed \(seed) line \(lineIndex) column \(column)")
            }
            if lineIndex > 0 { rowIndex += 1 }
        }
        if let maxWidth = table.maxWidth, !layout.hiddenColumns.isEmpty {
            let onlyPinned = kept.allSatisfy { $0 < table.pinnedColumns }
            #expect(total <= maxWidth || onlyPinned, "seed \(seed): \(total) > \(maxWidth)")
        }
    }

    /// The kept columns with the gap (nil) where the hidden run was.
    static func withGap(_ kept: [Int], pinned: Int) -> [Int?] {
        var result: [Int?] = []
        var previous = -1
        var gapped = false
        for column in kept {
            if column != previous + 1, !gapped { result.append(nil); gapped = true }
            result.append(column)
            previous = column
        }
        if !gapped { result.append(nil) }
        return result
    }

    /// `line` cut at the display offsets of `widths` (two columns between each), or nil when
    /// an offset falls inside a wide character.
    static func cut(_ line: String, widths: [Int], measure: DisplayWidth) -> [String]? {
        var segments: [String] = []
        var characters = Substring(line)
        for (index, width) in widths.enumerated() {
            var segment = ""
            var used = 0
            while used < width, let character = characters.first {
                used += measure.of(String(character))
                segment.append(character)
                characters = characters.dropFirst()
            }
            guard used == width else { return nil }
            segments.append(segment)
            if index < widths.count - 1 {
                guard characters.hasPrefix("  ") else { return nil }
                characters = characters.dropFirst(2)
            }
        }
        return characters.isEmpty ? segments : nil
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return String(text)
    }
}
