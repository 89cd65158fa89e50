import Geometry
import Scene

/// Handout pages (`--notes`): each page of a document drawn scaled at the top of a portrait
/// paper page, its speaker notes set in text under it. Notes too long for the page continue
/// on notes-only pages. The result is a document of its own, in points (1 unit = 1 pt).
public struct HandoutLayout {
    /// ISO A4 and US Letter, portrait, in points.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
    public static let letter = Size(width: 612, height: 792)

    let measurer: any TextMeasurer
    let paper: Size
    let margin = 36.0
    let gap = 18.0
    let notesStyle = TextStyle(size: 11, color: Color(rgb: 0x222222))
    let captionStyle = TextStyle(size: 8, color: Color(rgb: 0x777777))

    public init(measurer: any TextMeasurer, paper: Size = HandoutLayout.a4) {
        self.measurer = measurer
        self.paper = paper
    }

    /// The handout: same outline, anchors and metadata, remapped to the handout's pages.
    public func layout(_ document: Document) -> Document {
        var pages: [Page] = []
        var firstPage: [Int] = []
        var placements: [(scale: Double, top: Double)] = []
        for (index, page) in document.pages.enumerated() {
            firstPage.append(pages.count)
            let size = page.frame.size
            let scale = size.width > 0 && size.height > 0
                ? min((paper.width - 2 * margin) / size.width, (paper.height - 2 * margin) * 0.55 / size.height) : 1
            placements.append((scale, margin))
            var items: [Item] = [slide(page.frame, scale: scale)]
            let notesTop = margin + size.height * scale + gap
            let caption = "\(index + 1) / \(document.pages.count)"
            var chunks = split(page.notes ?? "", firstHeight: paper.height - margin - notesTop,
                               nextHeight: paper.height - 2 * margin)
            if let first = chunks.first {
                items.append(notes(first, top: notesTop))
                chunks.removeFirst()
            }
            items.append(footer(caption))
            pages.append(Page(frame: Frame(size: paper, background: .white, items: items),
                              anchors: page.anchors.map { PageAnchor(name: $0.name, y: margin + $0.y * scale) }))
            for chunk in chunks {
                pages.append(Page(frame: Frame(size: paper, background: .white,
                                               items: [notes(chunk, top: margin), footer(caption + " (notes)")])))
            }
        }
        let outline = document.outline.compactMap { entry -> OutlineEntry? in
            guard firstPage.indices.contains(entry.pageIndex) else { return nil }
            let placement = placements[entry.pageIndex]
            return OutlineEntry(title: entry.title, level: entry.level, pageIndex: firstPage[entry.pageIndex],
                                y: placement.top + entry.y * placement.scale)
        }
        return Document(pages: pages, outline: outline, metadata: document.metadata)
    }

    /// The slide scaled into place, clipped to its bounds, with its background and a hairline border.
    private func slide(_ frame: Frame, scale: Double) -> Item {
        let bounds = Rect(x: 0, y: 0, width: frame.size.width, height: frame.size.height)
        var items: [Item] = []
        if let background = frame.background { items.append(.shape(ShapeItem(path: .rect(bounds), fill: background))) }
        items += frame.items
        let content = GroupItem(items, transform: Transform.translation(margin, margin)
            .concatenating(.scale(scale, scale)), clip: .rect(bounds), tag: .class("slide"))
        let border = ShapeItem(path: .rect(Rect(x: margin, y: margin, width: bounds.width * scale,
                                                height: bounds.height * scale)),
                               stroke: StrokeStyle(color: Color(rgb: 0xBBBBBB), width: 0.5))
        return .group(GroupItem([.group(content), .shape(border)]))
    }

    private func notes(_ text: String, top: Double) -> Item {
        .text(TextItem(spans: [TextSpan(text)], style: notesStyle,
                       box: Rect(x: margin, y: top, width: paper.width - 2 * margin, height: paper.height - margin - top),
                       alignment: .left, wraps: true, tag: .class("notes")))
    }

    private func footer(_ text: String) -> Item {
        .text(TextItem(spans: [TextSpan(text)], style: captionStyle,
                       box: Rect(x: margin, y: paper.height - margin + 10, width: paper.width - 2 * margin, height: 12),
                       alignment: .right, tag: .class("page-number")))
    }

    /// The notes cut into pieces that fit: the first in `firstHeight`, the rest in
    /// `nextHeight` each. Cuts fall at line ends, or between words inside a line too long
    /// for the space left; a single word taller than a page still gets a page of its own.
    func split(_ notes: String, firstHeight: Double, nextHeight: Double) -> [String] {
        let text = notes.trimmingSpaces
        guard !text.isEmpty else { return [] }
        var chunks: [String] = []
        var current: [String] = []
        var limit = firstHeight
        func flush() {
            chunks.append(current.joined(separator: "\n"))
            current = []
            limit = nextHeight
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            while !words.isEmpty {
                if fits(current + [words.joined(separator: " ")], limit) {
                    current.append(words.joined(separator: " "))
                    break
                }
                // The most words of this line that still fit after what the page holds.
                var low = 0, high = words.count - 1
                while low < high {
                    let middle = (low + high + 1) / 2
                    if fits(current + [words[..<middle].joined(separator: " ")], limit) { low = middle } else { high = middle - 1 }
                }
                if low == 0 && current.isEmpty && limit == nextHeight { low = 1 }
                if low > 0 { current.append(words[..<low].joined(separator: " ")) }
                words.removeFirst(low)
                flush()
            }
        }
        if !current.isEmpty { flush() }
        return chunks
    }

    private func fits(_ lines: [String], _ limit: Double) -> Bool {
        height(of: lines.joined(separator: "\n"), width: paper.width - 2 * margin) <= limit
    }

    private func height(of text: String, width: Double) -> Double {
        measurer.measure([TextSpan(text)], style: notesStyle, maxWidth: width).height
    }
}

private extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
