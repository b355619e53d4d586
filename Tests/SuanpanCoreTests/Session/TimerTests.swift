import Testing
@testable import SuanpanCore

/// `set timer on`: a note after each statement with the time it took, for timing one step
/// inside a session (the benchmark's live update and `show`).
struct TimerTests {
    @Test(arguments: [
        (Duration.zero, "0.000"),
        (Duration.microseconds(1), "0.001"),
        (Duration.microseconds(3_214), "3.214"),
        (Duration.milliseconds(12), "12.000"),
        (Duration.seconds(2) + .microseconds(50), "2000.050"),
        // Below a microsecond is cut off, not rounded up.
        (Duration.nanoseconds(999), "0.000"),
    ])
    func millisecondsHaveThreeDecimals(duration: Duration, expected: String) {
        #expect(Session.milliseconds(duration) == expected)
    }

    @Test func eachStatementAfterTimerOnIsTimedUntilTimerOff() {
        let session = Session(today: testToday)
        var events: [SessionEvent] = []
        session.execute("1+1; set timer on; 2+2; nosuch(1); set timer off; 3+3", stopOnError: false) { events.append($0) }
        let shapes = events.map { event -> String in
            switch event {
            case .output(let text): return "output " + text
            case .error: return "error"
            case .note(let note):
                let timed = note.wholeMatch(of: /time: [0-9]+\.[0-9]{3} ms/) != nil
                return timed ? "time" : "note " + note
            }
        }
        // `set timer on` is timed itself (the setting is read after the statement); `set timer
        // off` is not; a failing statement is timed too.
        #expect(shapes == ["output 2", "time", "output 4", "time", "error", "time", "output 6"])
    }
}
