import Foundation
import SuanpanCore

/// Sessions for the fuzz targets: safe mode with nothing readable and no output folder, so
/// that `save`, `export`, `open`, `run` and `report` are all refused, and a working folder
/// that is empty.
public enum FuzzSession {
    /// An empty folder of its own under the temporary directory, made once per process.
    public static let emptyFolder: String = {
        let path = NSTemporaryDirectory() + "suanpan-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// A small workbook, built by statements: a sheet of text, quantities in 万元, a date,
    /// a blank and a text among numbers, with a computed column and a name.
    public static let setup = """
        sheet add 支出
        A1 = "项目"; B1 = "预算数"; C1 = "决算数"; D1 = "日期"
        A2 = "基本支出"; B2 = 72.19万元; C2 = 70.5万元; D2 = DATE(2022, 3, 31)
        A3 = "项目支出"; B3 = 132.01万元; C3 = 140万元
        A4 = "其他"; B4 = 0; C4 = 1.5万元; D4 = "n/a"
        执行率 = 决算数 / 预算数
        合计 = SUM(决算数)
        """

    /// The workbook `setup` builds, once, and how to put it back after an input changed it.
    /// Building it costs more than most inputs, so each input gets a fresh session over
    /// this workbook, restored afterwards as `undo` would restore it.
    nonisolated(unsafe) private static let shared: (workbook: Workbook, restore: () -> Void) = {
        let session = configured(Session(today: today))
        var failure: String?
        session.execute(setup, stopOnError: true) { event in
            if case .error(let error) = event { failure = error.rendered }
        }
        if let failure { fatalError("the fuzzing workbook's setup failed: \(failure)") }
        return (session.current, FuzzEntryPoints.restorer(of: session.current))
    }()

    /// 2024-03-31, so that `TODAY()` does not depend on the clock.
    static let today = 45382

    /// Runs `body` with a fresh session (today fixed) whose current workbook is `setup`'s,
    /// sheet 支出 current; then puts the workbook back.
    public static func with(_ body: (Session) -> Void) {
        let workbook = shared.workbook
        let session = configured(Session(today: today))
        session.add(workbook, alias: "预算")
        session.currentSheet = workbook.sheet(named: "支出")!
        body(session)
        shared.restore()
    }

    private static func configured(_ session: Session) -> Session {
        session.fileAccess = .safe(readable: [], outputDirectory: nil)
        session.workingDirectory = emptyFolder
        session.tableRows = 20
        // Arrays made cell by cell are capped at 4,096 cells, which holds every range of the
        // small workbook: a whole-row range such as `9:222226` is a million cells, and a few
        // operators over it take seconds per input under the fuzzer's instrumentation. That
        // cost is proportional, not a hang; the limit itself is what the fuzzer then meets.
        session.arrayCellLimit = 1 << 12
        return session
    }
}

/// The input as text: invalid UTF-8 is replaced, as `String(decoding:)` does.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}
