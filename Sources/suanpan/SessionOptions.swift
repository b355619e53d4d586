import Foundation
import ArgumentParser
import SuanpanCore

/// `--set NAME=VALUE`, `--strict` and `--ascii`: settings of the session the statements run in, for
/// `suanpan run`, `-c`, piped input and the prompt alike.
struct SessionOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp("Give parameter NAME the VALUE, over the default of its 'param' statement.", valueName: "NAME=VALUE"))
    var settings: [ParameterSetting] = []

    @Flag(help: "A failing 'check' fails its statement, and the run exits 1.")
    var strict = false

    @Flag(help: "Draw charts with ASCII only ('#'), as when the locale is not UTF-8.")
    var ascii = false

    /// The options as plain values, for the command line parsed without ArgumentParser.
    var values: SessionSettings {
        SessionSettings(parameters: settings, strict: strict, ascii: ascii)
    }
}

/// What `SessionOptions` sets, as plain values: `QuickCommandLine` makes one without parsing.
struct SessionSettings {
    var parameters: [ParameterSetting] = []
    var strict = false
    var ascii = false

    func apply(to session: Session) {
        for setting in parameters { session.parameterOverrides[setting.name] = setting.value }
        session.isStrict = strict
        session.asciiOnly = ascii || !TerminalTraits.localeIsUTF8()
        ProgressTicker.shared.start(for: session)
        // The SIGINT handler sets the process-wide flag; the engine polls the session's.
        session.interruption = InterruptionFlag.shared
    }

    /// A `--set` that no `param` took is most likely a typo: say so.
    func warnAboutUnused(in session: Session) {
        for name in session.unusedOverrides {
            Terminal.emit(.note("--set \(name)=…: the script has no 'param \(name)'"))
        }
    }
}

/// One `--set NAME=VALUE`. The value is kept as typed: `param` reads it as it reads a literal.
struct ParameterSetting: ExpressibleByArgument {
    var name: String
    var value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        name = argument[..<equals].trimmingCharacters(in: .whitespaces)
        value = String(argument[argument.index(after: equals)...])
        if name.isEmpty { return nil }
    }

    static var defaultValueDescription: String { "NAME=VALUE" }
}
