import Geometry
import Native

/// Widths of printable ASCII in monospaced fonts by arithmetic: code is measured line by
/// line (and again while wrapping), and shaping each line costs far more than multiplying.
///
/// A face qualifies only if Pango, shaping all 95 printable ASCII characters in one line,
/// gives one glyph per character, all of one advance: the face's ASCII glyphs then share one
/// design advance, so at any size any ASCII text is that size's advance (one shaped
/// character) times its length, exactly what Pango would measure (ligatures in code fonts
/// keep the advance of the characters they join). Other fonts and text are shaped.
///
/// Faces are probed at the size first asked for, so no glyph is loaded at a size the
/// document does not use; "iW" goes first and turns proportional faces away with two glyphs.
/// Below `smallestProbe` two different design advances could round to one, so no face is
/// decided there.
final class MonospacedWidths {
    struct Face: Hashable {
        var family: String
        var weight: Int
        var italic: Bool
    }

    /// Whether each face qualifies, found once per face.
    private var faces: [Face: Bool] = [:]
    /// Advance and line height per font of a qualifying face.
    private var fonts: [FontSpec: (advance: Double, height: Double)] = [:]
    let library: FontLibrary
    /// Layouts shaped to find faces and advances (tests check that each is shaped once).
    private(set) var shapedProbes = 0

    static let probe = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
    /// The smallest size at which a face is decided.
    static let smallestProbe = 6.0

    init(library: FontLibrary) {
        self.library = library
    }

    /// The size of `text` set in `font` on one line, when arithmetic gives it exactly.
    func size(of text: String, font: FontSpec) -> Size? {
        guard let metrics = metrics(font), !text.isEmpty, text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else {
            return nil
        }
        return Size(width: metrics.advance * Double(text.utf8.count), height: metrics.height)
    }

    private func metrics(_ font: FontSpec) -> (advance: Double, height: Double)? {
        if let known = fonts[font] { return known }
        let face = Face(family: font.family, weight: font.weight, italic: font.italic)
        let qualifies: Bool
        if let known = faces[face] {
            qualifies = known
        } else {
            guard font.size >= Self.smallestProbe else { return nil }
            qualifies = layout("iW", font)?.uniformAdvance != nil && layout(Self.probe, font)?.uniformAdvance != nil
            faces[face] = qualifies
        }
        guard qualifies, let one = layout("0", font), let advance = one.uniformAdvance else { return nil }
        let metrics = (advance: advance, height: one.size.height)
        fonts[font] = metrics
        return metrics
    }

    private func layout(_ text: String, _ font: FontSpec) -> TextLayout? {
        shapedProbes += 1
        return try? TextLayout(library: library, runs: [StyledRun(text)], font: font, width: nil, alignment: .left)
    }
}
