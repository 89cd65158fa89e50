import Geometry
import Scene

/// Turns placed chunks into pages: content moved into the text area, the table of contents'
/// page numbers filled in, running header (the title) and `n / N` footer, anchors, outline
/// and metadata.
struct PageComposer {
    var settings: DocumentSettings
    var page: PageGeometry
    var theme: DeckTheme
    var kinds: [UnitKind]
    var headings: [DocumentHeading]
    var layouter: SlideLayouter

    mutating func compose(_ pages: [[Placement]]) -> Document {
        var headingPages: [Int: (page: Int, y: Double)] = [:]
        var contentsPage: (page: Int, y: Double)?
        for (index, placements) in pages.enumerated() {
            for placement in placements where placement.range.lowerBound == 0 {
                switch kinds[placement.unit] {
                case .heading(let h): headingPages[h] = (index, page.body.minY + placement.y)
                case .contentsTitle: contentsPage = (index, page.body.minY + placement.y)
                default: break
                }
            }
        }
        let top = headings.map(\.level).min() ?? 1
        var outline: [OutlineEntry] = []
        if let contentsPage { outline.append(OutlineEntry(title: "Contents", level: 1, pageIndex: contentsPage.page, y: contentsPage.y)) }
        for (index, heading) in headings.enumerated() {
            guard let place = headingPages[index] else { continue }
            let title = (heading.label.map { $0 + " " } ?? "") + heading.title
            outline.append(OutlineEntry(title: title, level: heading.level - top + 1, pageIndex: place.page, y: place.y))
        }
        var out: [Page] = []
        for (index, placements) in pages.enumerated() {
            var items: [Item] = []
            var anchors: [PageAnchor] = []
            for placement in placements {
                var block = placement.block
                if case .contentsEntry(let h) = kinds[placement.unit] {
                    block = layouter.contentsEntry(headings[h], top: top, page: headingPages[h].map { $0.page + 1 },
                                                   width: page.body.width)
                }
                let moved = block.moved(dx: page.body.minX, dy: page.body.minY + placement.y)
                items += moved.items
                anchors += moved.anchors
            }
            let titled = placements.first.map { kinds[$0.unit] == .title } ?? false
            items += chrome(page: index + 1, of: pages.count, header: !titled)
            out.append(Page(frame: Frame(size: Size(width: page.paper.width, height: page.paper.height), background: theme.background,
                                         items: items, title: settings.title),
                            anchors: anchors))
        }
        let metadata = DocumentMetadata(title: settings.title, author: settings.author, subject: settings.subtitle,
                                        keywords: settings.keywords, language: settings.language)
        return Document(pages: out, outline: outline, metadata: metadata)
    }

    /// Running header (title left, version right, a hairline under them) and the centred `n / N`.
    private mutating func chrome(page number: Int, of total: Int, header: Bool) -> [Item] {
        var style = TextStyle(family: theme.fontFamily, size: theme.headerFooterSize, color: theme.headerFooterColor)
        let natural = layouter.metrics.naturalHeight(style)
        let body = page.body
        var items: [Item] = []
        if header, let title = settings.title {
            let y = body.minY - 30
            items.append(.text(TextItem(spans: [TextSpan(title)], style: style,
                                        box: Rect(x: body.minX, y: y, width: body.width * 0.7, height: natural), alignment: .left)))
            if let version = settings.version {
                items.append(.text(TextItem(spans: [TextSpan("Version \(version)")], style: style,
                                            box: Rect(x: body.minX + body.width * 0.5, y: y, width: body.width * 0.5, height: natural),
                                            alignment: .right)))
            }
            items.append(.shape(ShapeItem(path: .rect(Rect(x: body.minX, y: y + natural + 4, width: body.width, height: 0.5)),
                                          fill: theme.rule)))
        }
        style.color = theme.pageNumberColor
        let footerY = body.maxY + 30
        items.append(.text(TextItem(spans: [TextSpan("\(number) / \(total)")], style: style,
                                    box: Rect(x: body.minX, y: footerY, width: body.width, height: natural), alignment: .center)))
        return [.group(GroupItem(items, tag: .class("page-chrome")))]
    }
}
