import Foundation
import Testing
@testable import SuanpanCore

/// `--safe`: writes only inside the output folder, reads only in the readable folders and
/// there, no other script — after `..` and symbolic links are resolved.
@Suite struct SafeModeTests {
    /// A folder with `in/data.csv`, an empty `out/`, `secret.csv` beside them, and links
    /// `out/escape` → the folder itself and `in/leak.csv` → `secret.csv`.
    final class Sandbox {
        let root: String
        init() throws {
            let made = FileManager.default.temporaryDirectory.appendingPathComponent("suanpan-safe-\(UUID().uuidString)").path
            root = CanonicalPath.of(made, base: "/")
            let files = FileManager.default
            try files.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
            try files.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
            try "项目,金额\n甲,1\n".write(toFile: root + "/in/data.csv", atomically: true, encoding: .utf8)
            try "项目,金额\n密,9\n".write(toFile: root + "/secret.csv", atomically: true, encoding: .utf8)
            try files.createSymbolicLink(atPath: root + "/out/escape", withDestinationPath: root)
            try files.createSymbolicLink(atPath: root + "/in/leak.csv", withDestinationPath: root + "/secret.csv")
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }

        func session() -> Session {
            let session = Session(today: testToday)
            session.workingDirectory = root
            session.fileAccess = .safe(readable: [root + "/in"], outputDirectory: root + "/out")
            return session
        }
    }

    private func firstError(_ statements: String, in session: Session) -> (message: String, column: Int)? {
        run(statements, in: session).errors.first.map { ($0.message, $0.span.start + 1) }
    }

    @Test func readsAndWritesInsideTheirFoldersPass() throws {
        let sandbox = try Sandbox()
        let session = sandbox.session()
        let transcript = run("open in/data.csv; export data to out/copy.csv; export data to out/./copy2.csv", in: session)
        #expect(transcript.errors.map(\.message) == [])
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/out/copy.csv"))
        #expect(FileManager.default.fileExists(atPath: sandbox.root + "/out/copy2.csv"))
        // A file the script wrote may be read back.
        #expect(run("open out/copy.csv", in: session).errors.isEmpty)
    }

    @Test func writingOutsideTheOutputFolderIsRefusedAtThePath() throws {
        let sandbox = try Sandbox()
        let session = sandbox.session()
        run("open in/data.csv", in: session)
        let outside = "safe mode: '%@' is outside the output folder \(sandbox.root)/out"
        for path in ["out/../x.csv", "in/x.csv", sandbox.root + "/x.csv", "/tmp/x.csv", "out/escape/x.csv"] {
            let error = firstError("export data to \(path)", in: session)
            #expect(error?.message == outside.replacingOccurrences(of: "%@", with: path), "\(path)")
            #expect(error?.column == 16, "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/x.csv"))
        #expect(firstError("save to out/../wb", in: session)?.message == outside.replacingOccurrences(of: "%@", with: "out/../wb"))
    }

    @Test func readingOutsideTheReadableFoldersIsRefused() throws {
        let sandbox = try Sandbox()
        let session = sandbox.session()
        for path in ["secret.csv", "in/../secret.csv", sandbox.root + "/secret.csv", "in/leak.csv", "out/escape/secret.csv"] {
            let error = firstError("open \(path)", in: session)
            #expect(error?.message == "safe mode: '\(path)' is outside the folders this script may read", "\(path)")
            #expect(error?.column == 6, "\(path)")
        }
    }

    @Test func noScriptRunsAnother() throws {
        let sandbox = try Sandbox()
        try "1 + 1\n".write(toFile: sandbox.root + "/in/other.sp", atomically: true, encoding: .utf8)
        let error = firstError("run in/other.sp", in: sandbox.session())
        #expect(error?.message == "safe mode: scripts may not run other scripts")
        #expect(error?.column == 5)
    }

    @Test func withoutAnOutputFolderNothingIsWritten() throws {
        let sandbox = try Sandbox()
        let session = sandbox.session()
        session.fileAccess = .safe(readable: [sandbox.root + "/in"], outputDirectory: nil)
        let transcript = run("open in/data.csv; export data to out/x.csv", in: session)
        #expect(transcript.errors.map(\.message) == ["safe mode: no file may be written without an output folder"])
    }

    @Test func canonicalPathsResolveDotsAndLinksOfTheExistingPart() throws {
        let sandbox = try Sandbox()
        let root = sandbox.root
        #expect(CanonicalPath.of("out/a/../b.csv", base: root) == root + "/out/b.csv")
        #expect(CanonicalPath.of("out/escape/in/x", base: root) == root + "/in/x")
        #expect(CanonicalPath.of("in/leak.csv", base: root) == root + "/secret.csv")
        #expect(CanonicalPath.of("/", base: root) == "/")
        #expect(CanonicalPath.isInside(root + "/out/x", root + "/out"))
        #expect(!CanonicalPath.isInside(root + "/outside", root + "/out"))
    }
}
