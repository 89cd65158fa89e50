import Flowchart
import Geometry
import Scene

/// Where the parts of an image node (`@{ img: … }`) or icon node (`@{ icon: … }`) go: the
/// picture's frame and the label above (`pos: t`) or below it, inside the node's box.
struct AssetNodeLayout: Hashable {
    enum Kind: Hashable {
        /// A picture of this size; `source` is nil for a placeholder (remote or unloaded).
        case image(source: ImageSource?)
        /// A Font Awesome glyph (nil: unknown icon, frame only) drawn `glyphSize` px tall.
        case icon(glyph: Character?, form: String?)
    }

    /// The icon glyph's text style and measured size (icon nodes with a known icon).
    var glyphStyle: TextStyle?
    var glyphSize: Size = .zero

    var kind: Kind
    /// Size of the picture, or of an icon's frame.
    var assetSize: Size
    var labelSize: Size
    var labelOnTop: Bool

    /// Gap between the picture and its label.
    static let labelGap = 8.0
    /// Space between an icon glyph and its frame, on each side.
    static let iconPadding = 8.0
    /// Icon size when neither `w` nor `h` is given.
    static let defaultIconSize = 48.0
    /// Placeholder size of an image whose natural size is unknown (never fetched).
    static let placeholderSize = Size(width: 100, height: 100)

    /// Nil for an ordinary node.
    init?(_ node: FlowNode, label: Size, images: [String: ImageSource], measurer: any TextMeasurer, iconColor: Color) {
        labelSize = label
        labelOnTop = node.labelPosition?.lowercased() == "t"
        if let image = node.image {
            let source = images[image.url]
            kind = .image(source: source)
            assetSize = Self.imageSize(image, natural: source?.naturalSize)
        } else if let icon = node.icon {
            let glyph = FontAwesome.iconName(icon).flatMap(FontAwesome.character(named:))
            kind = .icon(glyph: glyph, form: node.form?.lowercased())
            let side = Self.iconSize(width: node.assetWidth, height: node.assetHeight)
            if let glyph {
                let style = TextStyle(family: FontAwesome.family, size: side, color: iconColor)
                glyphStyle = style
                glyphSize = measurer.measure([TextSpan(String(glyph))], style: style, maxWidth: nil)
            }
            let framed = node.form.map { !$0.isEmpty } ?? false
            assetSize = framed ? Size(width: side + 2 * Self.iconPadding, height: side + 2 * Self.iconPadding)
                : Size(width: side, height: side)
        } else {
            return nil
        }
    }

    /// The picture's size: `w`/`h` as given; when only one is given, the other follows the
    /// natural aspect ratio; `constraint: on` keeps the aspect ratio even when both are given
    /// (then `h` decides, as in mermaid). No usable size: the natural one.
    static func imageSize(_ image: NodeImage, natural: Size?) -> Size {
        let usable: (Double?) -> Double? = { value in value.flatMap { $0 > 0 && $0.isFinite && $0 < 10_000 ? $0 : nil } }
        let w = usable(image.width), h = usable(image.height)
        guard let natural, natural.width > 0, natural.height > 0 else {
            return Size(width: w ?? h ?? placeholderSize.width, height: h ?? w ?? placeholderSize.height)
        }
        let aspect = natural.width / natural.height
        switch (w, h) {
        case let (w?, h?): return image.constraint?.lowercased() == "on" ? Size(width: h * aspect, height: h) : Size(width: w, height: h)
        case let (w?, nil): return Size(width: w, height: w / aspect)
        case let (nil, h?): return Size(width: h * aspect, height: h)
        case (nil, nil): return natural
        }
    }

    static func iconSize(width: Double?, height: Double?) -> Double {
        let side = max(width ?? 0, height ?? 0)
        return side > 0 && side.isFinite && side < 10_000 ? side : defaultIconSize
    }

    var hasLabel: Bool { labelSize.width > 0 && labelSize.height > 0 }

    /// The node's size: picture and label stacked, as wide as the wider.
    var size: Size {
        Size(width: max(assetSize.width, labelSize.width),
             height: assetSize.height + (hasLabel ? labelSize.height + Self.labelGap : 0))
    }

    /// The picture's (or icon frame's) rect in a node box of `size`.
    func assetRect(in box: Rect) -> Rect {
        let y = labelOnTop ? box.maxY - assetSize.height : box.minY
        return Rect(x: box.midX - assetSize.width / 2, y: y, width: assetSize.width, height: assetSize.height)
    }

    /// The label's rect in the node box.
    func labelRect(in box: Rect) -> Rect {
        let y = labelOnTop ? box.minY : box.maxY - labelSize.height
        return Rect(x: box.midX - labelSize.width / 2, y: y, width: labelSize.width, height: labelSize.height)
    }
}
