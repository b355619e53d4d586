import Testing
@testable import SuanpanCore

@Test func additionKeepsTheScale() {
    #expect((Exact("64.63")! + Exact("14")!).description == "78.63")
    #expect(Exact("0.1")! + Exact("0.2")! == Exact("0.3")!)
}
