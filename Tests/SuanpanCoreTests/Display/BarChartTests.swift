import Testing
@testable import SuanpanCore

/// `BarChart`: lengths to the eighth, labels by display width, the width it is given.
@Suite struct BarChartTests {
    @Test func theLongestBarFillsTheAreaAndOthersEndInAnEighthBlock() {
        let chart = BarChart(bars: [.init(label: "机关本级", value: 16, text: "16"),
                                    .init(label: "广东路街道", value: 5, text: "5"),
                                    .init(label: "a", value: 0, text: "0")], width: 10 + 2 + 10 + 1 + 2 + 1)
        // 10 cells for 16: 5 is 3.125 cells, three full blocks and one eighth.
        #expect(chart.lines == [
            "机关本级    ██████████ 16",
            "广东路街道  ███▏        5",
            "a                       0",
        ])
    }

    @Test func aTinyValueStillShowsAMark() {
        let chart = BarChart(bars: [.init(label: "x", value: 1000, text: "1000"), .init(label: "y", value: 0.001, text: "0.001")])
        #expect(chart.lines[1].hasPrefix("y  ▏"))
    }

    @Test func asciiDrawsWholeCellsAndAnAxis() {
        let chart = BarChart(bars: [.init(label: "增", value: 10, text: "10"), .init(label: "减", value: -10, text: "-10")],
                             ascii: true, width: 2 + 2 + 20 + 1 + 1 + 3 + 1)
        #expect(chart.lines == [
            "增            |##########  10",
            "减  ##########|           -10",
        ])
    }

    @Test func theBarAreaStaysBetweenTenAndSixtyColumns() {
        let bars: [BarChart.Bar] = [.init(label: "x", value: 1, text: "1")]
        #expect(BarChart(bars: bars, width: 12).lines == ["x  " + String(repeating: "█", count: 10) + " 1"])
        #expect(BarChart(bars: bars, width: 300).lines == ["x  " + String(repeating: "█", count: 60) + " 1"])
    }

    @Test func longLabelsAreCutWithAnEllipsis() {
        let label = String(repeating: "长", count: 20)
        let line = BarChart(bars: [.init(label: label, value: 1, text: "1")]).lines[0]
        #expect(line.hasPrefix(String(repeating: "长", count: 14) + "…  █"))
    }
}
