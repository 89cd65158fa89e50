import Geometry
import Native
import Scene

/// Marp background images (`![bg …](…)`): taken out of the slide's paragraphs, placed
/// side by side (or stacked with `vertical`) over the whole slide or, with `left`/`right`,
/// over a share of it that the content then avoids.
struct SlideBackground {
    struct Entry {
        var node: MarkdownNode
        var url: String
        var spec: ImageSpec

        /// A Mermaid file (`![bg](flow.mmd)`): compiled and drawn as vectors, not decoded.
        var isDiagram: Bool {
            let lower = url.lowercased()
            return lower.hasSuffix(".mmd") || lower.hasSuffix(".mermaid")
        }
    }

    var entries: [Entry] = []
    /// The blocks with background images removed (and paragraphs left empty dropped).
    var blocks: [MarkdownNode] = []

    init(_ nodes: [MarkdownNode]) {
        for node in nodes {
            guard case .paragraph = node.kind else { blocks.append(node); continue }
            var kept: [MarkdownNode] = []
            for child in node.children {
                if case .image(let url, _) = child.kind {
                    let spec = ImageSpec(alt: child.plainText)
                    if spec.isBackground {
                        entries.append(Entry(node: child, url: url, spec: spec))
                        continue
                    }
                }
                kept.append(child)
            }
            let empty = kept.allSatisfy { child in
                switch child.kind {
                case .softBreak, .lineBreak: return true
                case .text(let t): return t.allSatisfy(\.isWhitespace)
                default: return false
                }
            }
            if !empty {
                var copy = node
                copy.children = kept
                blocks.append(copy)
            }
        }
    }

    /// The split (`left`/`right`) of the first image that has one.
    var split: (side: ImageSpec.Side, fraction: Double)? {
        entries.first { $0.spec.split != nil }?.spec.split
    }

    /// The rectangle the background images share.
    func area(in slide: Rect) -> Rect {
        guard let split else { return slide }
        let w = slide.width * max(0, min(1, split.fraction))
        return split.side == .left ? Rect(x: slide.minX, y: slide.minY, width: w, height: slide.height)
            : Rect(x: slide.maxX - w, y: slide.minY, width: w, height: slide.height)
    }

    /// The slide minus the split-off background area.
    func contentArea(in slide: Rect) -> Rect {
        guard let split else { return slide }
        let w = slide.width * (1 - max(0, min(1, split.fraction)))
        return split.side == .left ? Rect(x: slide.maxX - w, y: slide.minY, width: w, height: slide.height)
            : Rect(x: slide.minX, y: slide.minY, width: w, height: slide.height)
    }

    /// Cells of `area` for `count` images.
    func cells(_ area: Rect) -> [Rect] {
        let count = entries.count
        guard count > 0 else { return [] }
        let vertical = entries.contains { $0.spec.vertical }
        return (0..<count).map { i in
            vertical ? Rect(x: area.minX, y: area.minY + area.height * Double(i) / Double(count),
                            width: area.width, height: area.height / Double(count))
                : Rect(x: area.minX + area.width * Double(i) / Double(count), y: area.minY,
                       width: area.width / Double(count), height: area.height)
        }
    }

    /// An image placed in `cell` by `fit`, clipped to the cell.
    static func placed(_ source: ImageSource, in cell: Rect, fit: ImageSpec.Fit, width: Double?, height: Double?,
                       position: BackgroundPosition = .center) -> Item {
        let rect = placement(natural: source.naturalSize ?? cell.size, in: cell, fit: fit, width: width, height: height,
                             position: position)
        return .group(GroupItem([ImageItems.item(source, rect: rect)], clip: .rect(cell), tag: .class("background-image")))
    }

    /// A diagram (`![bg](flow.mmd)`) placed in `cell` like an image, drawn as its vector items.
    static func placed(diagram frame: Frame, in cell: Rect, fit: ImageSpec.Fit, width: Double?, height: Double?) -> Item {
        let rect = placement(natural: frame.size, in: cell, fit: fit, width: width, height: height, position: .center)
        let sx = rect.width / max(1, frame.size.width), sy = rect.height / max(1, frame.size.height)
        let drawing = GroupItem(frame.items, transform: Transform.translation(rect.minX, rect.minY).concatenating(.scale(sx, sy)),
                                tag: .class("diagram"))
        return .group(GroupItem([.group(drawing)], clip: .rect(cell), tag: .class("background-image")))
    }

    /// Where a picture of `natural` size goes in `cell`: an explicit size, else by `fit`.
    static func placement(natural: Size, in cell: Rect, fit: ImageSpec.Fit, width: Double?, height: Double?,
                          position: BackgroundPosition) -> Rect {
        let nw = max(1, natural.width), nh = max(1, natural.height)
        var size: Size
        if let width, let height {
            size = Size(width: width, height: height)
        } else if let width {
            size = Size(width: width, height: width * nh / nw)
        } else if let height {
            size = Size(width: height * nw / nh, height: height)
        } else {
            switch fit {
            case .cover:
                let s = max(cell.width / nw, cell.height / nh)
                size = Size(width: nw * s, height: nh * s)
            case .contain:
                let s = min(cell.width / nw, cell.height / nh)
                size = Size(width: nw * s, height: nh * s)
            case .auto:
                size = natural
            case .percent(let p):
                size = Size(width: nw * p, height: nh * p)
            }
        }
        return position.place(size, in: cell)
    }
}
