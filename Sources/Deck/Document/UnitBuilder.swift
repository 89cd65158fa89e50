import Foundation
import Geometry
import Native
import Scene
import SyntaxHighlight

/// Turns the document's Markdown blocks into breakable units: title block, contents, headings
/// (kept with what follows), call-outs, diagrams fitted to the text width, splittable code,
/// tables, lists and paragraphs, footnotes at the end.
struct UnitBuilder {
    var settings: DocumentSettings
    var width: Double
    var bodyHeight: Double
    var units: [BreakableUnit] = []
    var splits: [Splitting] = []
    var kinds: [UnitKind] = []
    var headings: [DocumentHeading] = []
    private var figures = 0

    init(settings: DocumentSettings, width: Double, bodyHeight: Double) {
        self.settings = settings
        self.width = width
        self.bodyHeight = bodyHeight
    }

    /// The first heading level used (sections are numbered and nested from it).
    static func topLevel(_ nodes: [MarkdownNode]) -> Int {
        nodes.compactMap { if case .heading(let level) = $0.kind { return level } else { return nil } }.min() ?? 1
    }

    mutating func build(_ nodes: [MarkdownNode], layouter: inout SlideLayouter) {
        headings = Self.headings(nodes, numbered: settings.numbered)
        if settings.title != nil {
            add(layouter.titleBlock(settings, width: width), kind: .title)
        }
        var breakNext = false
        if settings.tableOfContents, !headings.isEmpty {
            var title = layouter.contentsTitle(width: width)
            title.spaceAbove = 0
            // A heading of the same name keeps the anchor (links written for GitHub reach it).
            if headings.contains(where: { $0.id == "contents" }) { title.anchors = [] }
            add(title, kind: .contentsTitle, keep: true)
            let top = headings.map(\.level).min() ?? 1
            for (index, heading) in headings.enumerated() where heading.level - top < settings.tableOfContentsDepth {
                add(layouter.contentsEntry(heading, top: top, page: nil, width: width), kind: .contentsEntry(index))
            }
            breakNext = true
        }
        let top = Self.topLevel(nodes)
        var headingIndex = 0
        var footnotes: [MarkdownNode] = []
        for node in nodes {
            let before = units.count
            switch node.kind {
            case .heading(let level):
                guard headingIndex < headings.count else { continue }
                let heading = headings[headingIndex]
                var labelled = node
                if let label = heading.label { labelled.children.insert(MarkdownNode(kind: .text(label + "  ")), at: 0) }
                var block = layouter.layoutHeading(labelled, level: level, width: width)
                block.anchors = [PageAnchor(name: heading.id, y: 0)]
                if level == top {
                    // Sections open with a hairline under their heading.
                    block.items.append(.shape(ShapeItem(path: .rect(Rect(x: 0, y: block.height + 3, width: width, height: 0.6)),
                                                        fill: layouter.theme.rule, tag: .class("section-rule"))))
                    block.height += 3.6
                }
                add(block, kind: .heading(headingIndex), keep: true)
                headingIndex += 1
            case .htmlBlock(let html):
                if Self.isPageBreak(html) { breakNext = true }
            case .footnoteDefinition:
                footnotes.append(node)
            case .blockQuote:
                if let admonition = Admonition(node) {
                    add(layouter.layoutCallout(admonition, width: width))
                } else {
                    add(layouter.layoutQuote(node, width: width))
                }
            case .codeBlock(let info, let literal):
                addCode(node, info: info, literal: literal, layouter: &layouter)
            case .paragraph:
                addParagraph(node, layouter: &layouter)
            case .table(let alignments):
                let block = layouter.layoutTable(node, alignments: alignments, width: width)
                let rows = node.children.filter { if case .tableRow(false) = $0.kind { return true } else { return false } }.count
                add(block, split: rows >= 3 ? .table(node, alignments: alignments) : .none, parts: rows, minHead: 2, minTail: 1)
            case .list:
                let block = layouter.layoutList(node, width: width, depth: 0)
                add(block, split: node.children.count >= 2 ? .list(node) : .none, parts: node.children.count)
            default:
                if let block = layouter.layoutBlock(node, width: width) { add(block) }
            }
            if breakNext, units.count > before, kinds[before] != .title {
                units[before].breakBefore = true
                breakNext = false
            }
        }
        if let notes = layouter.layoutFootnotes(footnotes, width: width) { add(notes) }
    }

    private mutating func add(_ block: LaidBlock, kind: UnitKind = .block, keep: Bool = false, split: Splitting = .none,
                              parts: Int = 1, minHead: Int = 1, minTail: Int = 1) {
        var unit = BreakableUnit(whole: block, keepWithNext: keep)
        switch split {
        case .none, .figure: break
        default:
            unit.parts = parts
            unit.minHead = minHead
            unit.minTail = minTail
        }
        units.append(unit)
        splits.append(split)
        kinds.append(kind)
    }

    private mutating func addCode(_ node: MarkdownNode, info: String, literal: String, layouter: inout SlideLayouter) {
        let fence = CodeFence(info: info)
        let block = layouter.layoutCode(node, info: info, literal: literal, width: width)
        if block.flexible != nil {
            addFigure(block, caption: Self.accessibleTitle(literal), layouter: &layouter)
            return
        }
        var code = literal.replacingOccurrences(of: "\t", with: "    ")
        if code.hasSuffix("\n") { code.removeLast() }
        let theme = layouter.theme
        let style = TextStyle(family: theme.codeFamily, size: theme.fontSize * theme.codeBlockScale)
        let gutter = fence.showLineNumbers ? Double(String(code.split(separator: "\n").count).count + 2) : 0
        var metrics = layouter.metrics
        let wrapping = CodeWrapping(maxWidth: width - 2 * style.size * 0.8 - gutter * style.size * 0.6 - 1) {
            metrics.width($0, style)
        }
        let wrapped = wrapping.wrap(code.split(separator: "\n", omittingEmptySubsequences: false))
        var wrappedFence = fence
        wrappedFence.highlightedLines = wrapped.indices.filter { fence.highlightedLines.contains(wrapped[$0].origin + 1) }
            .map { $0 + 1 }
        let lines = wrapped.map { Substring($0.text) }
        let changed = wrapped.enumerated().contains { $0.offset != $0.element.origin }
        let whole = !changed ? block : layouter.codeBlock(lines.joined(separator: "\n"), info: wrappedFence, width: width, line: node.start.line)
        add(whole, split: lines.count >= 6 ? .code(lines: lines, fence: wrappedFence, line: node.start.line) : .none,
            parts: lines.count, minHead: 3, minTail: 2)
    }

    private mutating func addParagraph(_ node: MarkdownNode, layouter: inout SlideLayouter) {
        let block = layouter.layoutParagraph(node, width: width)
        if block.flexible != nil {
            addFigure(block, caption: diagramFileTitle(node, layouter: layouter), layouter: &layouter)
            return
        }
        let theme = layouter.theme
        // A short paragraph that introduces what follows ("Run it:") stays with it.
        if node.plainText.trimmingCharacters(in: .whitespaces).hasSuffix(":"), block.height < theme.fontSize * theme.lineHeight * 3.5 {
            add(block, keep: true)
            return
        }
        if let slicer = LineSlicer(block, lineHeight: theme.fontSize * theme.lineHeight), slicer.lineCount >= 4 {
            add(block, split: .lines(slicer), parts: slicer.lineCount, minHead: 2, minTail: 2)
        } else {
            add(block)
        }
    }

    /// A diagram or image at its natural size (CSS px shown as points at 96 dpi), narrowed
    /// to the text width and to most of a page, with its caption under it; it may shrink a
    /// little to finish a page.
    private mutating func addFigure(_ block: LaidBlock, caption: String?, layouter: inout SlideLayouter) {
        guard var content = block.flexible else { return add(block) }
        content.maxScale = min(content.maxScale, 0.75)
        var captionBlock: LaidBlock?
        if let caption, !caption.isEmpty {
            figures += 1
            captionBlock = layouter.caption("Figure \(figures). \(caption)", width: width)
        }
        let figure = Figure(content: content, caption: captionBlock, width: width, line: block.line)
        add(figure.block(maxHeight: bodyHeight * 0.8), split: .figure(figure))
        units[units.count - 1].minShrink = 0.75
    }

    /// The `accTitle` of the `.mmd` file a paragraph shows.
    private func diagramFileTitle(_ node: MarkdownNode, layouter: SlideLayouter) -> String? {
        for child in node.children {
            if case .image(let url, _) = child.kind, url.lowercased().hasSuffix(".mmd") || url.lowercased().hasSuffix(".mermaid"),
               case .success(let bytes) = layouter.resources.load(url) {
                return Self.accessibleTitle(String(decoding: bytes, as: UTF8.self))
            }
        }
        return nil
    }

    /// `accTitle: …` of a Mermaid diagram.
    static func accessibleTitle(_ code: String) -> String? {
        for raw in code.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("accTitle") else { continue }
            let rest = line.dropFirst("accTitle".count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            return rest.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `<!-- pagebreak -->`, `<!-- page-break -->` or `<div style="page-break-before: always">`.
    static func isPageBreak(_ html: String) -> Bool {
        let compact = html.lowercased().filter { !$0.isWhitespace }
        return compact.hasPrefix("<!--pagebreak-->") || compact.hasPrefix("<!--page-break-->")
            || compact.hasPrefix("<!--newpage-->") || compact.contains("page-break-before:always")
            || compact.contains("break-before:page")
    }

    /// Every top-level heading with its GitHub anchor and, when `numbered`, its section number.
    static func headings(_ nodes: [MarkdownNode], numbered: Bool) -> [DocumentHeading] {
        let top = topLevel(nodes)
        var slugs = HeadingSlugs()
        var counters = Array(repeating: 0, count: 6)
        var out: [DocumentHeading] = []
        for node in nodes {
            guard case .heading(let level) = node.kind else { continue }
            let title = node.plainText.trimmingCharacters(in: .whitespaces)
            let depth = max(0, min(5, level - top))
            counters[depth] += 1
            for deeper in (depth + 1)..<6 { counters[deeper] = 0 }
            let label = numbered ? counters[0...depth].map { String(max(1, $0)) }.joined(separator: ".") : nil
            out.append(DocumentHeading(title: title, level: level, id: slugs.make(title), label: label))
        }
        return out
    }
}
