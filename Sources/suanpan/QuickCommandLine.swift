/// The command lines that need no parser: `suanpan -c STATEMENTS` and `suanpan WORKBOOK -c
/// STATEMENTS` (in either order).
///
/// ArgumentParser's first parse reflects over the command's types, which took a quarter of
/// `suanpan -c '1+1'`; these are the shapes scripts and benchmarks start most, so they go
/// straight to the session. Anything else — a flag, `--help`, a mistake — goes through
/// ArgumentParser, which explains it.
enum QuickCommandLine {
    /// The workbook and statements of a plain `-c` command line, or nil.
    static func parse(_ arguments: [String]) -> (workbook: String?, statements: String)? {
        switch arguments.count {
        case 2 where arguments[0] == "-c":
            return (nil, arguments[1])
        case 3 where arguments[0] == "-c" && isWorkbook(arguments[2]):
            return (arguments[2], arguments[1])
        case 3 where arguments[1] == "-c" && isWorkbook(arguments[0]):
            return (arguments[0], arguments[2])
        default:
            return nil
        }
    }

    /// A positional argument, not an option ArgumentParser should see.
    private static func isWorkbook(_ argument: String) -> Bool {
        !argument.hasPrefix("-")
    }
}
