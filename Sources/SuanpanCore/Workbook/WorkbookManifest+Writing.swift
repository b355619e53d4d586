/// Writing `workbook.toml`.
///
/// The text is produced here rather than by TOMLKit, which sorts keys (the title would come
/// last) and cannot keep an order we need; the output is checked by reading it back with
/// TOMLKit in the tests. Fields come in a fixed order, so saving an unchanged workbook writes
/// the same manifest (apart from the sheet files' generation).
extension WorkbookManifest {
    /// The manifest as TOML, in the layout shown on `WorkbookManifest`.
    public var tomlText: String {
        var out = "title = \(TOMLText.string(title))\n"
        if let year { out += "year = \(year)\n" }
        if !units.isEmpty { out += "units = [\(units.map(TOMLText.string).joined(separator: ", "))]\n" }
        for sheet in sheets {
            out += "\n[[sheets]]\n"
            out += "name = \(TOMLText.string(sheet.name))\n"
            out += "file = \(TOMLText.string(sheet.file))\n"
            if let key = sheet.key { out += "key = \(TOMLText.string(key))\n" }
            if !sheet.units.isEmpty { out += "units = \(TOMLText.inlineTable(sheet.units))\n" }
            if !sheet.formats.isEmpty { out += "formats = \(TOMLText.inlineTable(sheet.formats))\n" }
            if !sheet.columns.isEmpty {
                out += "columns = [\n"
                for column in sheet.columns {
                    out += "  { name = \(TOMLText.string(column.name)), formula = \(TOMLText.formula(column.formula)) },\n"
                }
                out += "]\n"
            }
            if let derived = sheet.derived { out += "derived = \(TOMLText.formula(derived))\n" }
        }
        for name in names {
            out += "\n[[names]]\n"
            out += "name = \(TOMLText.string(name.name))\n"
            out += "formula = \(TOMLText.formula(name.formula))\n"
            if let sheet = name.sheet { out += "sheet = \(TOMLText.string(sheet))\n" }
        }
        for check in checks {
            out += "\n[[checks]]\n"
            out += "expr = \(TOMLText.formula(check.source))\n"
            out += "message = \(TOMLText.string(check.message))\n"
        }
        return out
    }
}

/// TOML 1.0 spellings of keys and strings.
enum TOMLText {
    /// A basic string, `"…"`, escaping the backslash, the quote and control characters.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16).uppercased()
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A formula as a literal string, `'…'`, which needs no escapes for the double quotes
    /// formulas use; a basic string when it holds `'` or a control character.
    static func formula(_ text: String) -> String {
        let literal = !text.unicodeScalars.contains { $0 == "'" || $0.value < 0x20 || $0.value == 0x7F }
        return literal ? "'" + text + "'" : string(text)
    }

    /// A key: bare when TOML allows (ASCII letters, digits, `_`, `-`), quoted otherwise.
    static func key(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
        return bare ? key : string(key)
    }

    /// `{ "a" = "x", "b" = "y" }`, keys sorted so the output is stable.
    static func inlineTable(_ pairs: [String: String]) -> String {
        "{ " + pairs.sorted { $0.key < $1.key }.map { "\(key($0.key)) = \(string($0.value))" }.joined(separator: ", ") + " }"
    }
}
