/// Where statements come from, for error positions (`FILE:LINE:COLUMN`) and for what a
/// script may reach in safe mode.
public struct SourceOrigin: Sendable, Equatable {
    /// What errors name: a script's path, `<command>`, `<stdin>` or `<prompt>`.
    public var name: String
    /// The line of the source's first line in that file (a statement read at the prompt or
    /// from a pipe starts further down).
    public var firstLine: Int
    /// The script file, when the statements come from one: `run` nests and safe mode
    /// allows opening workbooks beside it.
    public var scriptPath: String?

    public init(name: String, firstLine: Int = 1, scriptPath: String? = nil) {
        self.name = name
        self.firstLine = firstLine
        self.scriptPath = scriptPath
    }

    public static let command = SourceOrigin(name: "<command>")
    public static let standardInput = SourceOrigin(name: "<stdin>")
    public static let prompt = SourceOrigin(name: "<prompt>")

    /// The statements of a script file.
    public static func script(_ path: String) -> SourceOrigin {
        SourceOrigin(name: path, scriptPath: path)
    }
}
