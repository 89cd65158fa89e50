import Geometry
import Native

/// Widths of printable ASCII in monospaced fonts by arithmetic: code is measured line by
/// line (and again while wrapping), and shaping each line costs far more than multiplying.
///
/// A font qualifies only if Pango, shaping all 95 printable ASCII characters in one line,
/// gives one glyph per character, all of one advance: then any ASCII text in it is that
/// advance times its length, exactly what Pango would measure (ligatures in code fonts keep
/// the advance of the characters they join). Any other font or text is shaped as before.
final class MonospacedWidths {
    /// Per font: the advance and line height, or nil when the font does not qualify.
    private var fonts: [FontSpec: (advance: Double, height: Double)?] = [:]
    let library: FontLibrary

    static let probe = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })

    init(library: FontLibrary) {
        self.library = library
    }

    /// The size of `text` set in `font` on one line, when arithmetic gives it exactly.
    func size(of text: String, font: FontSpec) -> Size? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }),
              let metrics = metrics(font) else { return nil }
        return Size(width: metrics.advance * Double(text.utf8.count), height: metrics.height)
    }

    private func metrics(_ font: FontSpec) -> (advance: Double, height: Double)? {
        if let known = fonts[font] { return known }
        var found: (advance: Double, height: Double)?
        if let layout = try? TextLayout(library: library, runs: [StyledRun(Self.probe)], font: font, width: nil, alignment: .left),
           let advance = layout.uniformAdvance {
            found = (advance, layout.size.height)
        }
        fonts[font] = found
        return found
    }
}
