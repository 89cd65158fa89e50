import Geometry
import Native
import Scene

/// Draws a frame's display list onto a Cairo canvas; shared by the PNG and PDF backends.
struct CairoFrameRenderer {
    let layouts: TextLayoutFactory
    let canvas: Canvas
    /// Whether group links become link annotations (PDF) or are ignored (PNG).
    var drawsLinks = false
    /// Pictures decoded so far in this rendering.
    var images = DecodedImageCache()

    /// Paints the background (if visible), then every item in order.
    func draw(_ frame: Frame, background: Color?) throws(NativeError) {
        if let background, background.alpha > 0 {
            canvas.paint(Self.paint(background))
        }
        for item in frame.items {
            try draw(item)
        }
        try canvas.check()
    }

    private func draw(_ item: Item) throws(NativeError) {
        switch item {
        case .group(let group):
            canvas.save()
            // A degenerate transform collapses the group to nothing: draw nothing, like SVG does.
            if !group.transform.isIdentity, !canvas.concatenate(group.transform) {
                canvas.restore()
                return
            }
            if let clip = group.clip { canvas.clip(to: clip) }
            let link = drawsLinks ? group.link.flatMap { $0.isAllowed ? $0 : nil } : nil
            if let link { canvas.beginLink(uri: link.url) }
            for child in group.items {
                try draw(child)
            }
            if link != nil { canvas.endLink() }
            canvas.restore()
        case .shape(let shape):
            canvas.draw(shape.path, fill: shape.fill.map(Self.paint), stroke: shape.stroke.map(Self.stroke))
        case .text(let text):
            guard TextLayoutFactory.isDrawable(text) else { return }
            let color = Self.paint(text.style.color)
            if let lines = try layouts.placeLines(text) {
                for placed in lines { canvas.drawLine(placed.line.words, at: placed.origin, color: color) }
                return
            }
            let placed = try layouts.place(text)
            canvas.draw(placed.layout, at: placed.origin, color: color)
        case .image(let image):
            try canvas.draw(images.image(image.source), in: image.rect)
        }
    }

    static func format(_ format: ImageSource.Format) -> DecodedImage.Format {
        switch format {
        case .png: .png
        case .jpeg: .jpeg
        case .svg: .svg
        }
    }

    static func paint(_ color: Color) -> PaintColor {
        PaintColor(red: color.red, green: color.green, blue: color.blue, alpha: color.alpha)
    }

    static func stroke(_ style: StrokeStyle) -> StrokeParameters {
        let cap: StrokeParameters.Cap = switch style.lineCap {
        case .butt: .butt
        case .round: .round
        case .square: .square
        }
        let join: StrokeParameters.Join = switch style.lineJoin {
        case .miter: .miter
        case .round: .round
        case .bevel: .bevel
        }
        return StrokeParameters(color: paint(style.color), width: style.width, dash: style.dash, cap: cap, join: join)
    }
}
