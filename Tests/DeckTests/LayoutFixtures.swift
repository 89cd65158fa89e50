import Foundation
import Native
@testable import Deck

/// Short builders of Markdown nodes for layout tests; `line` is the deck line of the block.
enum MD {
    static func pos(_ line: Int, _ column: Int = 1) -> MarkdownPosition { MarkdownPosition(line: line, column: column) }

    static func text(_ s: String) -> MarkdownNode { MarkdownNode(kind: .text(s)) }
    static func strong(_ s: String) -> MarkdownNode { MarkdownNode(kind: .strong, children: [text(s)]) }
    static func em(_ s: String) -> MarkdownNode { MarkdownNode(kind: .emphasis, children: [text(s)]) }
    static func code(_ s: String) -> MarkdownNode { MarkdownNode(kind: .code(s)) }
    static func link(_ s: String, _ url: String) -> MarkdownNode {
        MarkdownNode(kind: .link(url: url, title: ""), children: [text(s)])
    }
    static func image(_ alt: String, _ url: String, line: Int = 0) -> MarkdownNode {
        MarkdownNode(kind: .image(url: url, title: ""), children: [text(alt)], start: pos(line), end: pos(line, 10))
    }

    static func heading(_ level: Int, _ children: [MarkdownNode], line: Int) -> MarkdownNode {
        MarkdownNode(kind: .heading(level: level), children: children, start: pos(line), end: pos(line, 40))
    }
    static func heading(_ level: Int, _ s: String, line: Int) -> MarkdownNode { heading(level, [text(s)], line: line) }

    static func paragraph(_ children: [MarkdownNode], line: Int) -> MarkdownNode {
        MarkdownNode(kind: .paragraph, children: children, start: pos(line), end: pos(line, 40))
    }
    static func paragraph(_ s: String, line: Int) -> MarkdownNode { paragraph([text(s)], line: line) }

    static func list(_ items: [[MarkdownNode]], ordered: Bool = false, checked: [Bool?]? = nil, line: Int) -> MarkdownNode {
        let children = items.enumerated().map { i, blocks in
            MarkdownNode(kind: .item(checked: checked?[i] ?? nil), children: blocks, start: pos(line + i), end: pos(line + i, 40))
        }
        return MarkdownNode(kind: .list(ordered: ordered, start: 1, tight: true, delimiter: ordered ? "." : "-"),
                            children: children, start: pos(line), end: pos(line + items.count - 1, 40))
    }

    static func code(_ literal: String, info: String, line: Int) -> MarkdownNode {
        MarkdownNode(kind: .codeBlock(info: info, literal: literal), start: pos(line),
                     end: pos(line + literal.split(separator: "\n").count + 1, 3))
    }

    static func table(_ rows: [[String]], alignments: [MarkdownAlignment], line: Int) -> MarkdownNode {
        let children = rows.enumerated().map { r, cells in
            MarkdownNode(kind: .tableRow(isHeader: r == 0), children: cells.map {
                MarkdownNode(kind: .tableCell, children: [text($0)])
            }, start: pos(line + r))
        }
        return MarkdownNode(kind: .table(alignments: alignments), children: children, start: pos(line))
    }

    static func html(_ s: String, line: Int) -> MarkdownNode {
        MarkdownNode(kind: .htmlBlock(literal: s), start: pos(line), end: pos(line, 10))
    }
}

/// A deck of slides with the given blocks and directives.
func deck(_ slides: [(blocks: [MarkdownNode], directives: SlideDirectives)], styles: [StyleRule] = []) -> DeckDocument {
    DeckDocument(metadata: DeckMetadata(title: "Test deck", author: "Tester"), styles: styles,
                 slides: slides.enumerated().map { i, s in
                     Slide(index: i, line: (s.blocks.first?.start.line ?? 1), blocks: s.blocks, directives: s.directives)
                 })
}

/// A tiny PNG header (the probe reads only the size).
func pngBytes(width: UInt32, height: UInt32) -> [UInt8] {
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
    for v in [width, height] { bytes += [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
    bytes += [8, 6, 0, 0, 0, 0, 0, 0, 0]
    return bytes
}

/// Compares `text` with `LayoutSnapshots/<name>.txt`; `TRELLIS_RECORD=1` re-records it.
func assertLayoutSnapshot(_ name: String, _ text: String) throws -> Bool {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("LayoutSnapshots")
    let url = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    return text == expected
}
