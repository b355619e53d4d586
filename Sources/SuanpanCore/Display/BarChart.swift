/// A horizontal bar chart for a terminal: what `chart` prints.
///
/// ```
/// 机关本级    ████████████████████████▍  821.31
/// 广东路街道  ████████████▋              416.25
/// ```
///
/// Labels are padded by display width (CJK takes two columns, SPEC §6) and cut with `…`
/// past `maxLabelWidth`; the values stand right-aligned after the bars, as the caller wrote
/// them (in their column's format). The longest bar fills the bar area; Unicode's left
/// eighth blocks (▏▎▍▌▋▊▉█) draw the last cell, so that bars differ by an eighth of a cell,
/// and `#` whole cells do when the terminal is not known to show Unicode.
///
/// Negative values grow to the left of an axis (`│`) and positive ones to its right, on one
/// scale; Unicode has no right-hand eighth blocks, so negative bars round to whole cells. A
/// value other than zero always shows at least the smallest mark, so that it is not read as 0.
public struct BarChart: Sendable {
    /// One bar: its label, its value for the length, and the value as shown.
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// Only the length depends on it: binary floating point is close enough for cells.
        public var value: Double
        public var text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    public var bars: [Bar]
    /// `#` instead of block characters, `|` for the axis.
    public var ascii: Bool
    /// The columns a line may take; nil when unknown (a script's output, a pipe).
    public var width: Int?

    /// Labels wider than this are cut, so that long names leave room for the bars.
    public static let maxLabelWidth = 30
    /// The line width assumed when the terminal's is unknown.
    public static let defaultWidth = 80
    /// Bars are never drawn shorter than this area, nor longer: a wide terminal would make
    /// differences look bigger than they read.
    public static let barWidths = 10...60

    public init(bars: [Bar], ascii: Bool = false, width: Int? = nil) {
        self.bars = bars
        self.ascii = ascii
        self.width = width
    }

    /// The chart's lines, one per bar, without line ends or trailing blanks.
    public var lines: [String] {
        guard !bars.isEmpty else { return [] }
        let labels = bars.map { $0.label.truncated(toDisplayWidth: Self.maxLabelWidth) }
        let labelWidth = labels.map(displayWidth).max() ?? 0
        let valueWidth = bars.map { displayWidth($0.text) }.max() ?? 0
        let largestPositive = bars.map(\.value).filter { $0 > 0 }.max() ?? 0
        let largestNegative = -(bars.map(\.value).filter { $0 < 0 }.min() ?? 0)
        let hasAxis = largestNegative > 0
        // Label, two spaces, bars (and axis), a space, the value; one column spare so that a
        // terminal does not wrap a line that fills it exactly.
        let available = (width ?? Self.defaultWidth) - labelWidth - 2 - (hasAxis ? 1 : 0) - 1 - valueWidth - 1
        let barWidth = min(max(available, Self.barWidths.lowerBound), Self.barWidths.upperBound)
        let cellsPerUnit = Double(barWidth) / (largestPositive + largestNegative)
        // The axis splits the area in proportion to the largest bar on each side.
        let leftWidth = hasAxis ? Int((largestNegative * cellsPerUnit).rounded(.up)) : 0
        let rightWidth = largestPositive > 0 ? barWidth - leftWidth : 0
        return bars.indices.map { index in
            let bar = bars[index]
            let length = abs(bar.value) * cellsPerUnit
            var line = labels[index] + String(repeating: " ", count: labelWidth - displayWidth(labels[index])) + "  "
            if hasAxis {
                let left = bar.value < 0 ? wholeCells(length) : ""
                line += String(repeating: " ", count: max(0, leftWidth - left.count)) + left + (ascii ? "|" : "│")
            }
            let right = bar.value > 0 ? (ascii ? wholeCells(length) : eighths(length)) : ""
            line += right + String(repeating: " ", count: max(0, rightWidth - right.count))
            line += " " + String(repeating: " ", count: valueWidth - displayWidth(bar.text)) + bar.text
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The left eighth blocks, by how many eighths of a cell they fill.
    private static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar `length` cells long to the nearest eighth: full blocks and one partial block.
    private func eighths(_ length: Double) -> String {
        let count = max(1, Int((length * 8).rounded()))
        var bar = String(repeating: "█", count: count / 8)
        if count % 8 > 0 { bar.append(Self.partialBlocks[count % 8 - 1]) }
        return bar
    }

    /// A bar `length` cells long to the nearest whole cell.
    private func wholeCells(_ length: Double) -> String {
        String(repeating: ascii ? "#" : "█", count: max(1, Int(length.rounded())))
    }
}
