import Foundation
@testable import Render
import Testing

/// Reads a PDF back for tests through the newest revision of every object: the catalog,
/// the outline titles, and each page's annotations.
struct PDFRead {
    let table: PDFObjectTable
    let text: String

    init(path: String) throws {
        let bytes = try #require(readAll(path))
        table = try #require(PDFObjectTable(bytes))
        text = PDFSyntax.text(bytes[...])
    }

    init(bytes: [UInt8]) throws {
        table = try #require(PDFObjectTable(bytes))
        text = PDFSyntax.text(bytes[...])
    }

    var catalog: String {
        table.trailerReference("/Root").flatMap(table.body) ?? ""
    }

    /// Outline titles depth first, two spaces of indent per level below the top.
    func outlineTitles() -> [String] {
        guard let outlines = PDFSyntax.reference(of: "/Outlines", in: catalog), let root = table.body(of: outlines)
        else { return [] }
        var titles: [String] = []
        func walk(_ first: Int?, depth: Int) {
            var next = first
            var seen: Set<Int> = []
            while let number = next, !seen.contains(number), let item = table.body(of: number) {
                seen.insert(number)
                titles.append(String(repeating: "  ", count: depth) + Self.decode(PDFSyntax.value(of: "/Title", in: item) ?? ""))
                walk(PDFSyntax.reference(of: "/First", in: item), depth: depth + 1)
                next = PDFSyntax.reference(of: "/Next", in: item)
            }
        }
        walk(PDFSyntax.reference(of: "/First", in: root), depth: 0)
        return titles
    }

    func annotations(onPage index: Int) -> [String] {
        let pages = table.pageObjects()
        guard pages.indices.contains(index), let page = table.body(of: pages[index]),
              let value = PDFSyntax.value(of: "/Annots", in: page) else { return [] }
        let list = value.hasPrefix("[") ? value : (PDFSyntax.references(in: value).first.flatMap(table.body) ?? "")
        return PDFSyntax.references(in: list).compactMap(table.body)
    }

    func annotationCount(onPage index: Int) -> Int { annotations(onPage: index).count }

    /// The `/Contents` of the page's text annotations.
    func notes(onPage index: Int) -> [String] {
        annotations(onPage: index).filter { PDFSyntax.value(of: "/Subtype", in: $0) == "/Text" }
            .map { Self.decode(PDFSyntax.value(of: "/Contents", in: $0) ?? "") }
    }

    /// A PDF string token as text: `(literal)` with escapes, or `<FEFF…>` UTF-16BE hex.
    static func decode(_ token: String) -> String {
        if token.hasPrefix("<"), token.hasSuffix(">") {
            let hex = Array(token.dropFirst().dropLast())
            var units: [UInt16] = []
            var i = 0
            while i + 3 < hex.count {
                units.append(UInt16(String(hex[i..<(i + 4)]), radix: 16) ?? 0)
                i += 4
            }
            if units.first == 0xFEFF { units.removeFirst() }
            return String(decoding: units, as: UTF16.self)
        }
        guard token.hasPrefix("("), token.hasSuffix(")") else { return token }
        var out: [UInt8] = []
        var escaped = false
        for byte in PDFSyntax.bytes(String(token.dropFirst().dropLast())) {
            if escaped {
                out.append(byte == UInt8(ascii: "n") ? 0x0A : byte == UInt8(ascii: "t") ? 0x09 : byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        // Cairo writes non-ASCII titles as UTF-16BE with a byte-order mark inside a literal.
        if out.count >= 2, out[0] == 0xFE, out[1] == 0xFF {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < out.count {
                units.append(UInt16(out[i]) << 8 | UInt16(out[i + 1]))
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
