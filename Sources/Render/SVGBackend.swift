import Geometry
import Native
import Scene

/// SVG output written by hand (not Cairo's SVG surface): groups keep their tags as `class` and
/// `data-*`, and text stays real `<text>`, placed line by line where Pango put it.
struct SVGBackend {
    let layouts: TextLayoutFactory

    func render(_ frame: Frame, options: RenderOptions) throws(RenderError) -> [UInt8] {
        var writer = SVGFrameWriter(layouts: layouts)
        do {
            try writer.write(frame, background: options.background ?? frame.background)
        } catch {
            throw RenderError(error)
        }
        return Array(writer.output.utf8)
    }
}

/// The walk over a frame's items that appends SVG markup.
struct SVGFrameWriter {
    let layouts: TextLayoutFactory
    var output = ""
    private var clipCount = 0
    private let images = DecodedImageCache()

    init(layouts: TextLayoutFactory) {
        self.layouts = layouts
    }

    mutating func write(_ frame: Frame, background: Color?) throws(NativeError) {
        let w = SVGMarkup.number(frame.size.width), h = SVGMarkup.number(frame.size.height)
        output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let title = (frame.accessibilityTitle ?? frame.title).flatMap { $0.isEmpty ? nil : $0 }
        let summary = frame.summary.flatMap { $0.isEmpty ? nil : $0 }
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        if title != nil || summary != nil { output += " role=\"img\"" }
        if title != nil { output += " aria-labelledby=\"diagram-title\"" }
        if summary != nil { output += " aria-describedby=\"diagram-desc\"" }
        output += ">\n"
        if let title { output += "<title id=\"diagram-title\">\(SVGMarkup.escape(title))</title>\n" }
        if let summary { output += "<desc id=\"diagram-desc\">\(SVGMarkup.escape(summary))</desc>\n" }
        if let background, background.alpha > 0 {
            output += "<rect width=\"\(w)\" height=\"\(h)\"\(SVGMarkup.fill(background))/>\n"
        }
        for item in frame.items {
            try write(item)
        }
        output += "</svg>\n"
    }

    private mutating func write(_ item: Item) throws(NativeError) {
        switch item {
        case .group(let group): try write(group)
        case .shape(let shape):
            guard shape.fill != nil || shape.stroke != nil, !shape.path.isEmpty else { return }
            let animation = shape.stroke.flatMap(SVGMarkup.dashAnimation)
            if animation == nil, let box = SVGMarkup.axisAlignedRectangle(shape.path) {
                // A plain `<rect>`: smaller, and tools read boxes from it (label backgrounds).
                output += "<rect\(SVGMarkup.tag(shape.tag)) x=\"\(SVGMarkup.number(box.minX))\" y=\"\(SVGMarkup.number(box.minY))\""
                output += " width=\"\(SVGMarkup.number(box.width))\" height=\"\(SVGMarkup.number(box.height))\""
                output += SVGMarkup.fill(shape.fill) + SVGMarkup.stroke(shape.stroke) + "/>\n"
                return
            }
            output += "<path\(SVGMarkup.tag(shape.tag)) d=\"\(SVGMarkup.pathData(shape.path))\""
            output += SVGMarkup.fill(shape.fill) + SVGMarkup.stroke(shape.stroke)
            if let animation {
                output += ">" + animation + "</path>\n"
            } else {
                output += "/>\n"
            }
        case .text(let text): try write(text)
        case .image(let image): try write(image)
        }
    }

    private mutating func write(_ group: GroupItem) throws(NativeError) {
        let link = group.link.flatMap { $0.isAllowed ? $0 : nil }
        if let link {
            output += "<a href=\"\(SVGMarkup.escape(link.url))\""
            if let target = link.target, !target.isEmpty { output += " target=\"\(SVGMarkup.escape(target))\"" }
            output += ">\n"
            if let tooltip = link.tooltip, !tooltip.isEmpty { output += "<title>\(SVGMarkup.escape(tooltip))</title>\n" }
        }
        defer { if link != nil { output += "</a>\n" } }
        output += "<g\(SVGMarkup.tag(group.tag))"
        if !group.transform.isIdentity { output += " transform=\"\(SVGMarkup.transform(group.transform))\"" }
        output += ">\n"
        if link == nil, let tooltip = group.tooltip ?? group.link?.tooltip, !tooltip.isEmpty {
            output += "<title>\(SVGMarkup.escape(tooltip))</title>\n"
        }
        if let clip = group.clip {
            // The clip lives in the group's (transformed) space, as in the Cairo backends.
            clipCount += 1
            output += "<clipPath id=\"clip\(clipCount)\"><path d=\"\(SVGMarkup.pathData(clip))\"/></clipPath>\n"
            output += "<g clip-path=\"url(#clip\(clipCount))\">\n"
        }
        for child in group.items {
            try write(child)
        }
        if group.clip != nil { output += "</g>\n" }
        output += "</g>\n"
    }

    /// An `<image>` holding its bytes as a data URL, stretched to its rect like the Cairo
    /// backends draw it. The bytes are decoded first so a corrupt image fails here too.
    private mutating func write(_ image: ImageItem) throws(NativeError) {
        let source = image.source
        _ = try images.image(source)
        let rect = image.rect
        guard rect.width > 0, rect.height > 0 else { return }
        let mime = switch source.format {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .svg: "image/svg+xml"
        }
        output += "<image\(SVGMarkup.tag(image.tag)) x=\"\(SVGMarkup.number(rect.minX))\" y=\"\(SVGMarkup.number(rect.minY))\""
        output += " width=\"\(SVGMarkup.number(rect.width))\" height=\"\(SVGMarkup.number(rect.height))\""
        output += " preserveAspectRatio=\"none\" href=\"data:\(mime);base64,\(Base64.encode(source.bytes))\"/>\n"
    }

    /// One `<text>` per item, one `<tspan>` per run piece per line, each at Pango's own x and
    /// baseline, so line breaks and alignment match PNG and PDF exactly.
    private mutating func write(_ text: TextItem) throws(NativeError) {
        guard TextLayoutFactory.isDrawable(text) else { return }
        let lines = try Self.lines(of: text, layouts: layouts)
        let style = text.style
        output += "<text\(SVGMarkup.tag(text.tag)) xml:space=\"preserve\""
        // In the order Pango tries them, so a viewer resolves each character to the same font.
        let used = lines.families.filter { $0 != style.family }
        let fallbacks = FontFallback.families.filter(used.contains) + used.filter { !FontFallback.families.contains($0) }
        output += " font-family=\"\(SVGMarkup.escape(SVGMarkup.fontFamily(style.family, fallbacks: fallbacks)))\""
        output += " font-size=\"\(SVGMarkup.number(style.size))\""
        if style.weight != 400 { output += " font-weight=\"\(style.weight)\"" }
        if style.italic { output += " font-style=\"italic\"" }
        output += SVGMarkup.fill(style.color)
        // A line in one piece carries its exact advance, so tools need not estimate its box. It
        // goes on the positioned <tspan>, where readers that lay out each line look for it.
        let onePiece = lines.lines.count == 1 && lines.lines[0].segments.count == 1
        output += ">"
        for line in lines.lines {
            let y = SVGMarkup.number(line.baseline)
            for segment in line.segments {
                let span = text.spans[segment.runIndex]
                output += "<tspan x=\"\(SVGMarkup.number(segment.x))\" y=\"\(y)\""
                let advance = onePiece || line.segments.count == 1 ? line.width : 0
                if advance > 0 {
                    output += " textLength=\"\(SVGMarkup.number(advance))\" lengthAdjust=\"spacing\""
                }
                if span.bold { output += " font-weight=\"\(max(style.weight, 700))\"" }
                if span.italic && !style.italic { output += " font-style=\"italic\"" }
                output += ">\(SVGMarkup.escape(segment.text))</tspan>"
            }
        }
        output += "</text>\n"
    }

    /// A text item's lines in absolute coordinates (baseline, advance, one segment per span
    /// piece) and the font families that draw it: from the word table when the renderers draw
    /// it word by word, else from a whole Pango layout.
    static func lines(of text: TextItem, layouts: TextLayoutFactory) throws(NativeError)
        -> (lines: [(baseline: Double, width: Double, segments: [TextSegment])], families: [String]) {
        if let placed = try layouts.placeLines(text) {
            var families: [String] = []
            let lines = placed.map { line, origin in
                var segments: [TextSegment] = []
                var x = origin.x
                for (word, span) in zip(line.words, line.spans) {
                    for family in word.families where !families.contains(family) { families.append(family) }
                    if let last = segments.last, last.runIndex == span {
                        segments[segments.count - 1].text += word.text
                    } else {
                        segments.append(TextSegment(text: word.text, x: x, runIndex: span))
                    }
                    x += word.size.width
                }
                return (baseline: origin.y, width: line.size.width, segments: segments)
            }
            return (lines, families)
        }
        let placed = try layouts.place(text)
        let lines = placed.layout.lines.map { line in
            (baseline: placed.origin.y + line.baseline, width: line.width,
             segments: line.segments.map { TextSegment(text: $0.text, x: placed.origin.x + $0.x, runIndex: $0.runIndex) })
        }
        return (lines, placed.layout.usedFamilies)
    }
}
