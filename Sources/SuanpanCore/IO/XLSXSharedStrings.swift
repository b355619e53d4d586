import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads `xl/sharedStrings.xml`: the table of texts that cells of type `s` index.
///
/// Each `<si>` is one text: a plain `<t>`, or rich-text runs `<r><t>…</t></r>` whose texts
/// are joined. Phonetic guides (`<rPh><t>…</t></rPh>`, the furigana Excel keeps beside East
/// Asian text) are not part of the text and are skipped.
final class XLSXSharedStrings: XLSXPartHandler {
    /// The texts in table order.
    private(set) var strings: [String] = []
    /// Why the parse stopped, or nil.
    private(set) var problem: String?
    private var current: String?
    private var inText = false
    private var phoneticDepth = 0

    /// The shared strings of `part` inside `file`.
    static func read(_ data: Data, part: String, file: String) throws(FileError) -> [String] {
        let handler = XLSXSharedStrings()
        try XLSXXML.parse(data, part: part, file: file, with: handler)
        return handler.strings
    }

    /// Reads what an opening tag says.
    func start(_ name: Substring, attributes attributeDict: [String: String], parser: XMLParser) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = current != nil && phoneticDepth == 0
        default: break
        }
    }

    /// Closes what the tag opened.
    func end(_ name: Substring, parser: XMLParser) {
        switch name {
        case "si":
            strings.append(XLSXXML.unescaped(current ?? ""))
            current = nil
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    /// Collects text where text is wanted.
    func characters(_ string: String) {
        if inText { current?.append(string) }
    }
}
