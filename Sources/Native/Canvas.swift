import CCairo
import CPangoCairo
import Geometry

/// A Cairo drawing context on an `ImageSurface` or `PDFSurface`, in user units.
public final class Canvas {
    let cr: OpaquePointer
    /// Keeps the target surface (and, for PDF, its byte sink) alive while drawing.
    let owner: AnyObject
    /// Colour glyph images made for PDF output (see `Canvas+ColorGlyphs`), owned here.
    var colorGlyphImages: [ColorGlyphKey: OpaquePointer] = [:]

    init(surface: OpaquePointer, owner: AnyObject) throws(NativeError) {
        guard let cr = cairo_create(surface) else { throw .creationFailed("cairo_create") }
        self.cr = cr
        self.owner = owner
        // Match SVG's default so PNG/PDF corners look like the SVG ones.
        cairo_set_miter_limit(cr, 4)
    }

    deinit {
        cairo_destroy(cr)
        for image in colorGlyphImages.values { cairo_surface_destroy(image) }
    }

    /// Cairo's error, if any call on this context failed.
    public func check() throws(NativeError) {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS { throw .cairo(String(cString: cairo_status_to_string(status))) }
    }

    public func save() { cairo_save(cr) }
    public func restore() { cairo_restore(cr) }

    /// Multiplies the current transform by `transform` (it applies first). A transform Cairo
    /// cannot use (not invertible, or not finite) is refused: returns false and changes nothing.
    @discardableResult
    public func concatenate(_ transform: Transform) -> Bool {
        let values = [transform.a, transform.b, transform.c, transform.d, transform.tx, transform.ty]
        let determinant = transform.a * transform.d - transform.b * transform.c
        guard values.allSatisfy(\.isFinite), determinant.isFinite, abs(determinant) > 1e-12 else { return false }
        var matrix = cairo_matrix_t(xx: transform.a, yx: transform.b, xy: transform.c,
                                    yy: transform.d, x0: transform.tx, y0: transform.ty)
        cairo_transform(cr, &matrix)
        return true
    }

    public func scale(by factor: Double) { cairo_scale(cr, factor, factor) }

    /// Fills the whole clip region with a colour, replacing what is there.
    public func paint(_ color: PaintColor) {
        cairo_save(cr)
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        setSource(color)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Fills and/or strokes a path (fill first, then stroke).
    public func draw(_ path: Path, fill: PaintColor?, stroke: StrokeParameters?) {
        guard fill != nil || stroke != nil else { return }
        setPath(path)
        if let fill {
            setSource(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setSource(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            // Cairo rejects negative, non-finite or all-zero dashes (and then stops drawing).
            let usable = stroke.dash.allSatisfy { $0.isFinite && $0 >= 0 } && stroke.dash.contains { $0 > 0 }
            (usable ? stroke.dash : []).withUnsafeBufferPointer { dashes in
                cairo_set_dash(cr, dashes.baseAddress, Int32(dashes.count), 0)
            }
            cairo_set_line_cap(cr, lineCap(stroke.cap))
            cairo_set_line_join(cr, lineJoin(stroke.join))
            cairo_stroke(cr)
        }
    }

    /// Intersects the clip region with the inside of `path`.
    public func clip(to path: Path) {
        setPath(path)
        cairo_clip(cr)
    }

    /// Draws a text layout with its top-left corner at `origin`.
    public func draw(_ layout: TextLayout, at origin: Point, color: PaintColor) {
        if needsColorGlyphDrawing(layout) {
            drawRunByRun(layout, at: origin, color: color)
            return
        }
        setSource(color)
        cairo_move_to(cr, origin.x, origin.y)
        pango_cairo_show_layout(cr, layout.layout)
        cairo_new_path(cr)
    }

    private func setSource(_ color: PaintColor) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    /// Sets the path; a path with a non-finite coordinate is left empty rather than letting Cairo
    /// enter an error state that would blank the rest of the drawing.
    private func setPath(_ path: Path) {
        cairo_new_path(cr)
        guard path.elements.allSatisfy(Self.isFinite) else { return }
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .cubic(let c1, let c2, let p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private static func isFinite(_ element: PathElement) -> Bool {
        switch element {
        case .move(let p), .line(let p): p.x.isFinite && p.y.isFinite
        case .cubic(let c1, let c2, let p): [c1.x, c1.y, c2.x, c2.y, p.x, p.y].allSatisfy(\.isFinite)
        case .close: true
        }
    }

    private func lineCap(_ cap: StrokeParameters.Cap) -> cairo_line_cap_t {
        switch cap {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }

    private func lineJoin(_ join: StrokeParameters.Join) -> cairo_line_join_t {
        switch join {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}
