import Testing
@testable import SuanpanCore

/// Typed column storage: numbers, dictionary-encoded text, general values.
@Suite struct ColumnTests {
    @Test func textColumnsShareOneCopyOfEachText() {
        let column = Column(name: "部门", values: [.text("办公室"), .blank, .text("财务科"), .text("办公室")])
        guard case .text(let codes, let dictionary) = column.storage else {
            Issue.record("expected text storage")
            return
        }
        #expect(dictionary == ["办公室", "财务科"])
        #expect(codes == [0, Column.blankCode, 1, 0])
        #expect(column.values == [.text("办公室"), .blank, .text("财务科"), .text("办公室")])
    }

    @Test func settingTextKeepsTextStorageAndAnythingElseWidensIt() {
        var column = Column(name: "部门", values: [.text("办公室"), .text("财务科")])
        column.set(.text("人事科"), at: 1)
        column.set(.blank, at: 0)
        #expect(column.values == [.blank, .text("人事科")])
        if case .text = column.storage {} else { Issue.record("still text storage") }
        column.set(.number(5), at: 0)
        #expect(column.values == [.number(5), .text("人事科")])
        if case .values = column.storage {} else { Issue.record("general storage after a number") }
    }

    @Test func settingACellForgetsTheTextItWasReadFrom() {
        var column = Column(name: "决算数", values: [.number(Exact("1234.56")!), .number(Exact("12.30")!)])
        column.sourceText = [0: "1,234.56"]
        column.set(.number(7), at: 1)
        #expect(column.sourceText == [0: "1,234.56"])
        column.set(.number(8), at: 0)
        #expect(column.sourceText.isEmpty)
    }

    @Test func extendingAddsBlanksInEveryStorage() {
        var numbers = Column(name: "a", values: [.number(1)])
        var texts = Column(name: "b", values: [.text("x")])
        var mixed = Column(name: "c", values: [.bool(true)])
        numbers.extend(to: 3)
        texts.extend(to: 3)
        mixed.extend(to: 3)
        #expect(numbers.values == [.number(1), .blank, .blank])
        #expect(texts.values == [.text("x"), .blank, .blank])
        #expect(mixed.values == [.bool(true), .blank, .blank])
    }
}
