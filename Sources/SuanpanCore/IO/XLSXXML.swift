import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX handler for one part of an `.xlsx`: it sees elements as they stream by and never
/// builds a tree, so a worksheet of a million cells costs the cells, not the markup.
///
/// Element names arrive without namespace prefixes. A handler that finds something wrong
/// records it in `problem` and calls `abortParsing()` on the parser.
protocol XLSXPartHandler: AnyObject {
    /// Why the handler stopped the parse, in a sentence, or nil.
    var problem: String? { get }
    /// An element opens.
    func start(_ name: Substring, attributes: [String: String], parser: XMLParser)
    /// An element closes.
    func end(_ name: Substring, parser: XMLParser)
    /// Text inside the current element, in one or more pieces.
    func characters(_ text: String)
}

extension XLSXPartHandler {
    /// Most handlers ignore closing tags.
    func end(_ name: Substring, parser: XMLParser) {}
    /// Most handlers ignore text.
    func characters(_ text: String) {}
}

/// Running `XMLParser` over a part and turning its failures into `FileError`s that name the
/// file, the part and the line.
enum XLSXXML {
    /// Parses `data`, the bytes of `part` inside `file`, with `handler`.
    ///
    /// A document type declaration is refused before parsing: no spreadsheet part has one,
    /// and it is the way in for entity expansion ("billion laughs") and external entities.
    static func parse(_ data: Data, part: String, file: String, with handler: some XLSXPartHandler) throws(FileError) {
        if declaresDocumentType(data) {
            throw FileError(file, "\(part): a document type declaration is not allowed in a spreadsheet part")
        }
        // libxml2 hands on an element or attribute name that is not UTF-8 as it stands, and
        // corelibs' `XMLParser` then crashes converting it (found by fuzzing). A part that
        // is not UTF-16 must be UTF-8; one in UTF-16 comes out of libxml2 as UTF-8.
        if isReadAsUTF8(data) && !data.withUnsafeBytes({ UTF8Validation.isValid($0.bindMemory(to: UInt8.self)) }) {
            throw FileError(file, "\(part): malformed XML (the part is not valid UTF-8)")
        }
        // A processing instruction without data (`<?target?>`) reaches corelibs' `XMLParser`
        // as a null pointer, which it measures with strlen and crashes (found by fuzzing).
        // Spreadsheet parts carry none but the XML declaration.
        if holdsProcessingInstructionWithoutData(data) {
            throw FileError(file, "\(part): malformed XML (a processing instruction without data)")
        }
        // Fed as a stream, libxml2 reads the part in chunks; given the whole `Data` at once it
        // gives up on a 20 MB worksheet written on one line, as Excel and openpyxl write them.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        let driver = Driver(handler)
        parser.delegate = driver
        let finished = parser.parse()
        if let problem = handler.problem {
            throw FileError(file, "\(part):\(parser.lineNumber): \(problem)")
        }
        // swift-corelibs-foundation reports some errors only through the delegate and
        // `parserError` while `parse()` still returns true, and says nothing at all about
        // a document that simply stops (`<a>`): the driver catches both.
        if let (code, line) = driver.error {
            // libxml2 reports a document cut short as "extra content" (5) or "premature end"
            // (77) depending on where it stops; open elements say which it really is.
            let reason = driver.depth > 0 && (code == 5 || code == 77) ? describe(77) : describe(code)
            throw FileError(file, "\(part):\(line): malformed XML (\(reason))")
        }
        if !finished || parser.parserError != nil {
            throw FileError(file, "\(part):\(parser.lineNumber): malformed XML")
        }
        guard driver.sawRoot, driver.depth == 0 else {
            throw FileError(file, "\(part):\(parser.lineNumber): malformed XML (\(describe(77)))")
        }
    }

    /// Forwards a parse to a handler, keeping what corelibs' `XMLParser` does not report.
    private final class Driver<Handler: XLSXPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        /// Open elements: not 0 at the end when the document was cut short.
        var depth = 0
        var sawRoot = false
        /// The first error's libxml2 code and line.
        var error: (Int, Int)?

        init(_ handler: Handler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            depth += 1
            sawRoot = true
            handler.start(XLSXXML.localName(elementName), attributes: attributeDict, parser: parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            depth -= 1
            handler.end(XLSXXML.localName(elementName), parser: parser)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil { error = ((parseError as NSError).code, parser.lineNumber) }
        }
    }

    /// libxml2's error codes in words, for the ones a damaged part produces.
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the part is empty"
        case 5: "extra content after the end of the document"
        case 9: "a character that XML does not allow"
        case 26: "an undeclared entity"
        case 38, 39, 40, 41: "a malformed attribute"
        case 73: "'>' expected"
        case 76: "a closing tag that does not match the open element"
        case 77: "the part ends before its elements are closed: it was cut short"
        default: "libxml2 error \(code)"
        }
    }

    /// The name without its namespace prefix: `c` for `x:c`. Parts use the SpreadsheetML
    /// namespace with or without a prefix, and prefixes vary between writers.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The value of attribute `name` (compared without prefixes), or nil.
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }

    /// `text` with OOXML's `_xHHHH_` escapes undone: Excel writes characters XML cannot
    /// carry (and a carriage return) as `_x000D_`, and a literal `_x` as `_x005F_x`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = text[...]
        while let start = rest.range(of: "_x") {
            result += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16),
               hex.dropLast().allSatisfy(\.isHexDigit), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }

    /// True unless libxml2 reads the part as UTF-16 and turns it into UTF-8 itself: it
    /// starts with a byte order mark, or with `<?` in UTF-16 (how libxml2 detects it). The
    /// Open Packaging Conventions allow only UTF-8 and UTF-16, so a part declaring another
    /// encoding is read as UTF-8 too: trusting the declaration let a misspelt one through.
    private static func isReadAsUTF8(_ data: Data) -> Bool {
        let utf16Starts: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF], [0x3C, 0x00, 0x3F, 0x00], [0x00, 0x3C, 0x00, 0x3F]]
        return !utf16Starts.contains { data.starts(with: $0) }
    }

    /// True when the prolog, before the root element, holds `<!DOCTYPE`.
    private static func declaresDocumentType(_ data: Data) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            var index = 0
            while index + 1 < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                let next = bytes[index + 1]
                // A letter (or `_`) after `<` opens the root element: the prolog is over.
                if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return false }
                if index + doctype.count <= bytes.count,
                   zip(doctype, bytes[index..<index + doctype.count]).allSatisfy({ $0 == $1 }) {
                    return true
                }
                index += 2
            }
            return false
        }
    }

    /// True when the part holds `<?TARGET?>` with nothing after the target but spaces. A
    /// part libxml2 reads as UTF-16 is looked at as UTF-8, as libxml2 hands it on.
    static func holdsProcessingInstructionWithoutData(_ data: Data) -> Bool {
        let bytes: [UInt8]
        if isReadAsUTF8(data) {
            bytes = Array(data)
        } else {
            bytes = Array((String(data: data, encoding: .utf16) ?? "").utf8)
        }
        let spaces: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") else { index += 1; continue }
            var cursor = index + 2
            while cursor < bytes.count, !spaces.contains(bytes[cursor]), bytes[cursor] != UInt8(ascii: "?") { cursor += 1 }
            while cursor < bytes.count, spaces.contains(bytes[cursor]) { cursor += 1 }
            if cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "?"), bytes[cursor + 1] == UInt8(ascii: ">") { return true }
            index = cursor
        }
        return false
    }
}
