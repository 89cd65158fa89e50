import Foundation
import Diagnostics
import Geometry
import Native
import Scene

/// One slide from blocks to a frame: background, background images, content placed in the
/// content box (diagrams and images fitted to the room left, overflow reported or shrunk),
/// header, footer and page number.
struct SlideComposer {
    var slide: Slide
    var theme: DeckTheme
    var size: Size
    var pageNumber: Int?
    var total: Int
    var shrink: Bool

    struct Result {
        var frame: Frame
        var anchors: [PageAnchor]
        var firstHeading: (title: String, level: Int)?
    }

    func compose(layouter start: SlideLayouter) -> (Result, SlideLayouter) {
        var layouter = start
        let slideRect = Rect(origin: .zero, size: size)
        let background = SlideBackground(slide.blocks)
        var items: [Item] = []
        if let item = directiveBackground(layouter: &layouter, in: slideRect) { items.append(item) }
        for (entry, cell) in zip(background.entries, background.cells(background.area(in: slideRect))) {
            if entry.isDiagram {
                if let item = layouter.backgroundDiagram(entry, in: cell) { items.append(item) }
            } else if let source = layouter.loadImage(entry.url, node: entry.node) {
                items.append(SlideBackground.placed(source, in: cell, fit: entry.spec.fit, width: entry.spec.width,
                                                    height: entry.spec.height))
            }
        }
        let box = background.contentArea(in: slideRect).inset(by: theme.padding)
        let definitions = background.blocks.filter { if case .footnoteDefinition = $0.kind { return true } else { return false } }
        let blocks = background.blocks

        var beforeContent = layouter
        beforeContent.columnBoxHeight = box.height
        layouter = beforeContent
        var content = Self.content(blocks, definitions: definitions, box: box, width: box.width, layouter: &layouter)
        // Diagrams in columns give up the height the slide lacks, then the slide is laid out again.
        if content.height > box.height + 0.5, let columns = content.blocks.first(where: \.hasNestedFlexible) {
            var retry = beforeContent
            retry.columnBoxHeight = max(box.height * 0.25, columns.height - (content.height - box.height))
            let again = Self.content(blocks, definitions: definitions, box: box, width: box.width, layouter: &retry)
            if again.height < content.height {
                content = again
                layouter = retry
                beforeContent.columnBoxHeight = retry.columnBoxHeight
            }
        }
        if content.height > box.height + 0.5 {
            if shrink {
                // Lay out again wider, then scale down: the text keeps filling the width.
                let scale = box.height / content.height
                var wide = beforeContent
                let again = Self.content(blocks, definitions: definitions, box: box, width: box.width / scale, layouter: &wide)
                // The wider layout is shorter and may not use its whole width: scale by what it needs.
                let usedWidth = wide.alignment == .left ? again.stacked.contentWidth ?? again.width : again.width
                let finalScale = min(1, box.height / max(1, again.height), box.width / max(1, usedWidth))
                layouter = wide
                content = again
                let group = GroupItem(again.items, transform: Transform.translation(box.minX, box.minY)
                    .concatenating(.scale(finalScale, finalScale)), tag: .class("content"))
                items.append(.group(group))
                let anchors = again.anchors.map { PageAnchor(name: $0.name, y: box.minY + $0.y * finalScale) }
                items += layouter.chrome(header: slide.directives.header, footer: slide.directives.footer,
                                         pageNumber: pageNumber, total: total, size: size)
                return (Result(frame: frame(items), anchors: anchors, firstHeading: layouter.firstHeading), layouter)
            }
            let overflowing = Self.firstOverflowing(content.blocks, boxHeight: box.height)
            layouter.report(.warning(
                "deck.overflow",
                "slide \(layouter.slideNumber) overflows its content box by \(Int((content.height - box.height).rounded())) px",
                at: layouter.locator.range(line: overflowing ?? slide.line),
                hint: "split the slide, shorten this block, or compile with --shrink to scale the content to fit"))
        }
        let top = theme.placement == .center && content.height < box.height ? box.minY + (box.height - content.height) / 2 : box.minY
        let moved = content.stacked.moved(dx: box.minX, dy: top)
        items.append(.group(GroupItem(moved.items, tag: .class("content"))))
        items += layouter.chrome(header: slide.directives.header, footer: slide.directives.footer,
                                 pageNumber: pageNumber, total: total, size: size)
        return (Result(frame: frame(items), anchors: moved.anchors, firstHeading: layouter.firstHeading), layouter)
    }

    private func frame(_ items: [Item]) -> Frame {
        Frame(size: size, background: theme.background, items: items)
    }

    struct Content {
        var blocks: [LaidBlock]
        var stacked: LaidBlock
        var height: Double { stacked.height }
        var width: Double { stacked.width }
        var items: [Item] { stacked.items }
        var anchors: [PageAnchor] { stacked.anchors }
    }

    /// The slide's blocks laid out in `width`, flexible blocks fitted to the box's height.
    static func content(_ nodes: [MarkdownNode], definitions: [MarkdownNode], box: Rect, width: Double,
                        layouter: inout SlideLayouter) -> Content {
        var blocks = layouter.layoutBlocks(nodes, width: width)
        if let notes = layouter.layoutFootnotes(definitions, width: width) { blocks.append(notes) }
        let boxHeight = box.height * (width / max(1, box.width))
        FlexibleFit.fit(&blocks, boxHeight: boxHeight, alignment: layouter.alignment)
        return Content(blocks: blocks, stacked: SlideLayouter.stack(blocks, width: width))
    }

    /// The line of the innermost block that crosses the bottom of the box (the last one that
    /// starts above the edge of the first top-level block whose bottom is below it).
    static func firstOverflowing(_ blocks: [LaidBlock], boxHeight: Double) -> Int? {
        let offsets = SlideLayouter.offsets(blocks)
        for (block, y) in zip(blocks, offsets) where y + block.height > boxHeight + 0.5 {
            let inside = block.allMarks(dy: y).filter { $0.y < boxHeight }
            return inside.last?.line ?? (block.line > 0 ? block.line : nil)
        }
        return nil
    }

    /// `url(x.png)`, `url("x.png")` or a bare path.
    static func cssURL(_ value: String) -> String? {
        var v = value.trimmingCharacters(in: .whitespaces)
        if v.lowercased().hasPrefix("url("), v.hasSuffix(")") {
            v = String(v.dropFirst(4).dropLast()).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        } else if v.contains("(") {
            return nil  // gradients and other functions draw nothing
        }
        return v.isEmpty ? nil : v
    }
}
