import Foundation
import Testing
@testable import SuanpanCore

/// `run`: nested scripts, their errors in their own files, depth, and arguments.
@Suite struct RunStatementTests {
    /// A temporary folder holding `files` (name → text), removed when the test ends.
    final class Folder {
        let path: String
        init(_ files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-run-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func session() -> Session {
            let session = Session(today: testToday)
            session.workingDirectory = path
            return session
        }
    }

    /// Every event, errors kept whole.
    private func events(_ source: String, in session: Session) -> [SessionEvent] {
        var events: [SessionEvent] = []
        session.execute(source, origin: .script("main.sp")) { events.append($0) }
        return events
    }

    @Test func anErrorInTheNestedScriptIsRenderedInItsOwnFile() throws {
        let folder = try Folder(["part.sp": "x = 1\n\nSUMM(x)\n"])
        let errors = events("A1 = 5\nrun part.sp", in: folder.session()).compactMap { event -> SessionError? in
            if case .error(let error) = event { return error }
            return nil
        }
        #expect(errors.map(\.origin.name) == ["part.sp", "main.sp"])
        #expect(errors.map { $0.rendered.prefix { $0 != "\n" } } == [
            "part.sp:3:1: error: unknown function 'SUMM'",
            "main.sp:2:5: error: script 'part.sp' stopped at line 3",
        ])
        #expect(errors[0].rendered.contains("    3 | SUMM(x)"))
    }

    @Test func aFailedRunChangesNothingAndAGoodOneIsOneUndoStep() throws {
        let folder = try Folder(["bad.sp": "A1 = 1\nA2 = SUMM(1)\n", "good.sp": "A1 = 1\nA2 = 2\n"])
        let session = folder.session()
        run("run bad.sp", in: session)
        #expect(evaluate("A1", in: session) == "")
        run("run good.sp", in: session)
        #expect(evaluate("A1 + A2", in: session) == "3")
        #expect(run("undo", in: session).notes == ["undid: run good.sp"])
        #expect(evaluate("A2", in: session) == "")
    }

    @Test func aScriptThatRunsItselfIsRefusedAtOnce() throws {
        let folder = try Folder(["self.sp": "A1 = 1\nrun ./self.sp\n"])
        let session = folder.session()
        let transcript = run("run self.sp", in: session)
        // The refusal, then the one run stopping; `./self.sp` is the same file as `self.sp`.
        #expect(transcript.errors.map(\.message) == [
            "script './self.sp' is already running (self.sp → ./self.sp): a script cannot run itself",
            "script 'self.sp' stopped at line 2",
        ])
        #expect(evaluate("A1", in: session) == "")
    }

    @Test func scriptsThatRunEachOtherAreRefusedNamingTheCycle() throws {
        let folder = try Folder(["a.sp": "run b.sp\n", "b.sp": "x = 1\nrun c.sp\n", "c.sp": "run a.sp\n"])
        let transcript = run("run a.sp", in: folder.session())
        #expect(transcript.errors.map(\.message) == [
            "script 'a.sp' is already running (a.sp → b.sp → c.sp → a.sp): a script cannot run itself",
            "script 'c.sp' stopped at line 1",
            "script 'b.sp' stopped at line 2",
            "script 'a.sp' stopped at line 1",
        ])
    }

    @Test func aScriptMayRunAnotherTwiceAndScriptsNestSixteenDeep() throws {
        // The same script twice in a row is not a cycle.
        var files = ["twice.sp": "run one.sp\nrun one.sp\n", "one.sp": "\"one\"\n"]
        // s1 runs s2 … s16 runs s17: the 17th level is refused.
        for level in 1...17 { files["s\(level).sp"] = level < 17 ? "run s\(level + 1).sp\n" : "1\n" }
        let folder = try Folder(files)
        let session = folder.session()
        let twice = run("run twice.sp", in: session)
        #expect(twice.errors.isEmpty && twice.output == ["one", "one"])
        let deep = run("run s2.sp", in: session)
        #expect(deep.errors.isEmpty && deep.output == ["1"])
        let tooDeep = run("run s1.sp", in: session)
        #expect(tooDeep.errors.first?.message == "scripts nested too deep (16 levels)")
        #expect(tooDeep.errors.count == 17)
    }

    @Test func argumentsOverrideForTheNestedScriptOnly() throws {
        let folder = try Folder([
            "q.sp": "param quarter = 4\nquarter\nrun inner.sp\n",
            "inner.sp": "param quarter = 1\nparam 部门 = \"全部\"\nquarter & 部门\n",
        ])
        let session = folder.session()
        session.parameterOverrides = ["quarter": "2"]
        #expect(run("run q.sp", in: session).output == ["2", "2全部"])
        #expect(run("run q.sp quarter=3", in: session).output == ["3", "3全部"])
        #expect(run("run inner.sp 部门=财政局", in: session).output == ["2财政局"])
        #expect(session.runArguments.isEmpty)
        #expect(session.scriptDepth == 0)
    }

    @Test func readingAScriptRefusesInvalidUTF8WithItsLineAndByte() throws {
        let folder = try Folder([:])
        try Data([0x31, 0x0A, 0x32, 0x0A, 0xC4, 0xE3, 0x0A]).write(to: URL(fileURLWithPath: folder.path + "/gbk.sp"))
        #expect(throws: FileError("gbk.sp", line: 3, "is not UTF-8 at byte 4 (save it as UTF-8; GBK scripts are not read)")) {
            _ = try ScriptFile.read(folder.path + "/gbk.sp", shownPath: "gbk.sp")
        }
        try Data([0xEF, 0xBB, 0xBF] + Array("1 + 1".utf8)).write(to: URL(fileURLWithPath: folder.path + "/bom.sp"))
        #expect(try ScriptFile.read(folder.path + "/bom.sp", shownPath: "bom.sp") == "1 + 1")
    }

    @Test func pathsAndArgumentsTakeNamesInBraces() throws {
        let folder = try Folder(["q3.sp": "\"third\"\n"])
        let session = folder.session()
        #expect(run("quarter = 3; run q{quarter}.sp", in: session).output == ["third"])
        let error = run("run q{quartr}.sp", in: session).errors.first
        #expect(error?.message == "no name 'quartr' to put in place of {quartr}")
        #expect(error?.hint == "did you mean 'quarter'?")
        #expect(error.map { ($0.span.start, $0.span.end) }! == (5, 13))
    }
}
