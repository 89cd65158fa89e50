import Geometry
import Native
import Scene

/// Laid-out single words, kept for the life of an engine and shared by measuring and drawing.
///
/// Documents and decks measure every word when they break lines, then draw each line as a
/// run of those words; diagrams repeat the same words across labels. Keeping each word's
/// shaped Pango layout means a word is shaped once per engine instead of once when measured
/// and again inside every line that draws it (text shaping was half of a document's time).
/// Confined to the thread that owns the engine's `FontLibrary`.
final class WordLayouts {
    struct Key: Hashable {
        var run: StyledRun
        var font: FontSpec
    }

    /// Past this many words the table starts again, so memory stays bounded (a word's layout
    /// is about a kilobyte) on inputs with very many distinct words.
    static let capacity = 16_384

    private var layouts: [Key: ShapedWord] = [:]
    let fonts: FontLibrary

    init(fonts: FontLibrary) {
        self.fonts = fonts
    }

    /// `run` in `font` on one line, shaped on first use.
    func layout(_ run: StyledRun, font: FontSpec) throws(NativeError) -> ShapedWord {
        let key = Key(run: run, font: font)
        if let known = layouts[key] { return known }
        let made = try ShapedWord(library: fonts, run: run, font: font)
        if layouts.count >= Self.capacity { layouts.removeAll(keepingCapacity: true) }
        layouts[key] = made
        return made
    }
}

/// A non-wrapping line of text cut into words and the spaces between them, so that each
/// word can be drawn from `WordLayouts`. Only text whose words sit left to right in the order
/// written qualifies: no right-to-left script, no tab (tab stops depend on where the line
/// starts), no line break, and no word that starts with a combining mark.
struct WordPieces {
    struct Piece {
        var run: StyledRun
        var isSpace: Bool
        /// Index of the span the piece comes from.
        var span: Int
    }

    var pieces: [Piece]

    /// The pieces of `spans`, or nil when they must be laid out as one line.
    init?(_ spans: [TextSpan]) {
        self.init(indexed: spans.enumerated().map { ($0.offset, $0.element) })
    }

    /// The pieces of spans that carry their index in the text item they come from.
    init?(indexed spans: [(index: Int, span: TextSpan)]) {
        var pieces: [Piece] = []
        for (index, span) in spans {
            guard Self.cut(span, index: index, into: &pieces) else { return nil }
        }
        guard !pieces.isEmpty else { return nil }
        self.pieces = pieces
    }

    /// Appends the words and space runs of `span`; false when it holds text that must be laid
    /// out whole.
    private static func cut(_ span: TextSpan, index spanIndex: Int, into pieces: inout [Piece]) -> Bool {
        let scalars = span.text.unicodeScalars
        var start = scalars.startIndex
        var inSpace = scalars.first == " "
        for index in scalars.indices {
            let scalar = scalars[index]
            let isSpace = scalar == " "
            if !isSpace, !isOrdinary(scalar) { return false }
            if isSpace != inSpace {
                pieces.append(piece(span, spanIndex, start..<index, isSpace: inSpace))
                start = index
                inSpace = isSpace
            }
            if start == index, !isSpace, isMark(scalar) { return false }
        }
        if start != scalars.endIndex { pieces.append(piece(span, spanIndex, start..<scalars.endIndex, isSpace: inSpace)) }
        return true
    }

    private static func piece(_ span: TextSpan, _ index: Int, _ range: Range<String.Index>, isSpace: Bool) -> Piece {
        Piece(run: StyledRun(String(span.text.unicodeScalars[range]), bold: span.bold, italic: span.italic),
              isSpace: isSpace, span: index)
    }

    /// Whether a word may be shaped on its own and drawn where the words before it end:
    /// not a control character, a right-to-left letter or a direction mark.
    static func isOrdinary(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if value < 0x590 { return true }
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return false
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return false
        default: return true
        }
    }

    /// Combining marks attach to the character before them, so a word must not start with one.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}

/// Text of one or more lines (split at `"\n"`), each cut into `WordPieces`. Nil when a line
/// does not qualify, or is empty (Pango gives an empty line its font's height, which no word
/// carries).
struct WordLines {
    var lines: [WordPieces]

    init?(_ spans: [TextSpan]) {
        if !spans.contains(where: { $0.text.utf8.contains(0x0A) }) {
            guard let line = WordPieces(spans) else { return nil }
            self.lines = [line]
            return
        }
        var lines: [[(index: Int, span: TextSpan)]] = [[]]
        for (spanIndex, span) in spans.enumerated() {
            let parts = span.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty {
                    lines[lines.count - 1].append((spanIndex, TextSpan(String(part), bold: span.bold, italic: span.italic)))
                }
            }
        }
        var pieces: [WordPieces] = []
        for line in lines {
            guard let cut = WordPieces(indexed: line) else { return nil }
            pieces.append(cut)
        }
        self.lines = pieces
    }
}
