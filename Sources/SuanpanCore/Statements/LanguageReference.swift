/// `docs/language.md`: the language reference as Markdown, written from the same tables
/// as `help` — the statement table, the help topics and the function table. A test keeps
/// the committed page equal to what this writes.
public enum LanguageReference {
    public static func markdown() -> String {
        var lines = [
            "# The Suanpan language",
            "",
            "Generated from the tables that run the statements and functions (`help` prints the",
            "same text). Do not edit by hand: run `SUANPAN_RECORD=1 swift test --filter LanguageReference`.",
            "",
            "## Statements",
            "",
            "| statement | what it does |",
            "|---|---|",
        ]
        lines += StatementTable.all.map { "| `\(escaped($0.usage))` | \(escaped($0.summary)) |" }
        for spec in StatementTable.all {
            lines += ["", "### \(spec.keyword)", "", "`\(spec.usage)`", "", spec.summary.prefix(1).uppercased() + spec.summary.dropFirst() + "."]
            if !spec.details.isEmpty { lines += ["", spec.details] }
            if !spec.examples.isEmpty { lines += ["", "```"] + spec.examples + ["```"] }
        }
        for topic in HelpText.topics {
            lines += ["", "## \(topic.name.prefix(1).uppercased() + topic.name.dropFirst())", "", "```"] + topic.text + ["```"]
        }
        lines += ["", "## Functions", "", "| function | what it gives |", "|---|---|"]
        lines += Builtins.all.map { "| `\(escaped($0.signature))` | \(escaped($0.summary)) |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table cell: `|` would end it.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
