import CPangoCairo
import Geometry

/// A Pango layout of styled runs in one base font, optionally wrapped at a width.
/// The same object measures (`size`, `lines`) and draws (`Canvas.draw(_:at:)`), so what
/// is measured is what is drawn.
public final class TextLayout {
    let layout: OpaquePointer
    /// Keeps the font map and context alive as long as the layout.
    let library: FontLibrary
    let runs: [StyledRun]
    let bytes: [UInt8]
    /// Byte offset where each run starts, plus the end offset.
    let runStarts: [Int]
    /// `usedFamilies`, once asked.
    var familiesMemo: [String]?
    /// `size`, once asked (a layout never changes after it is made).
    private var sizeMemo: Size?
    /// `baseline`, once asked.
    var baselineMemo: Double?

    static let pangoScale = 1024.0

    /// Lays out `runs`; with `width`, lines wrap at word boundaries (words longer than the
    /// width are broken) and align within the width, otherwise within the widest line.
    public init(library: FontLibrary, runs: [StyledRun], font: FontSpec, width: Double?,
                alignment: LineAlignment) throws(NativeError) {
        guard let layout = pango_layout_new(library.context) else {
            throw .creationFailed("pango_layout_new")
        }
        self.layout = layout
        self.library = library
        let (clean, bytes, starts) = Self.text(of: runs)
        self.runs = clean
        self.bytes = bytes
        self.runStarts = starts
        Self.configure(layout, bytes: bytes, runs: clean, runStarts: starts, font: font, width: width,
                       alignment: alignment)
    }

    /// The bytes of `runs` (without NUL) and where each run starts, plus the end offset.
    static func text(of runs: [StyledRun]) -> (runs: [StyledRun], bytes: [UInt8], starts: [Int]) {
        let clean = runs.map { StyledRun($0.text.replacingNUL(), bold: $0.bold, italic: $0.italic) }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for run in clean {
            starts.append(bytes.count)
            bytes.append(contentsOf: run.text.utf8)
        }
        starts.append(bytes.count)
        return (clean, bytes, starts)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// Sets every property of `layout` that a `TextLayout` of these runs has (so a reused
    /// layout measures exactly as a new one).
    static func configure(_ layout: OpaquePointer, bytes: [UInt8], runs: [StyledRun], runStarts: [Int],
                          font: FontSpec, width: Double?, alignment: LineAlignment) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(chars.count))
            }
        }
        if let description = PangoFonts.description(font) {
            pango_layout_set_font_description(layout, description)
            pango_font_description_free(description)
        }

        let attributes = pango_attr_list_new()
        for (index, run) in runs.enumerated() where runStarts[index] < runStarts[index + 1] {
            let start = UInt32(runStarts[index]), end = UInt32(runStarts[index + 1])
            if run.bold, let attribute = pango_attr_weight_new(PangoWeight(rawValue: UInt32(max(font.weight, 700)))) {
                attribute.pointee.start_index = start
                attribute.pointee.end_index = end
                pango_attr_list_insert(attributes, attribute)
            }
            if run.italic, let attribute = pango_attr_style_new(PANGO_STYLE_ITALIC) {
                attribute.pointee.start_index = start
                attribute.pointee.end_index = end
                pango_attr_list_insert(attributes, attribute)
            }
        }
        pango_layout_set_attributes(layout, attributes)
        // Lines run left to right even when they start with Arabic or Hebrew, as SVG text
        // does by default; right-to-left pieces are still reordered inside them.
        pango_layout_set_auto_dir(layout, 0)
        pango_attr_list_unref(attributes)

        if let width {
            pango_layout_set_width(layout, Int32(clamping: Int((max(0, width) * Self.pangoScale).rounded(.up))))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        } else {
            pango_layout_set_width(layout, -1)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
    }

    /// Logical width (widest line) and height (all lines) of the layout.
    public var size: Size {
        if let known = sizeMemo { return known }
        let size = measuredSize
        sizeMemo = size
        return size
    }

    private var measuredSize: Size {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Size(width: Double(logical.width) / Self.pangoScale, height: Double(logical.height) / Self.pangoScale)
    }

    /// Number of lines after wrapping.
    public var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Every line with its baseline and per-run segments, as Pango placed them.
    public var lines: [TextLine] {
        guard let iterator = pango_layout_get_iter(layout) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        var result: [TextLine] = []
        repeat {
            guard let line = pango_layout_iter_get_line_readonly(iterator) else { break }
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Self.pangoScale
            let start = Int(line.pointee.start_index)
            let end = min(bytes.count, start + Int(line.pointee.length))
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            result.append(TextLine(baseline: baseline, segments: segments(of: line, from: start, to: end),
                                   width: Double(logical.width) / Self.pangoScale))
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }

    private func segments(of line: UnsafeMutablePointer<PangoLayoutLine>, from start: Int, to end: Int) -> [TextSegment] {
        var segments: [TextSegment] = []
        for index in runs.indices {
            let lower = max(start, runStarts[index]), upper = min(end, runStarts[index + 1])
            guard lower < upper else { continue }
            var slice = bytes[lower..<upper]
            while let last = slice.last, last == 0x0A || last == 0x0D { slice = slice.dropLast() }
            guard !slice.isEmpty else { continue }
            segments.append(TextSegment(text: String(decoding: slice, as: UTF8.self),
                                        x: leftEdge(of: line, from: lower, to: lower + slice.count), runIndex: index))
        }
        return segments
    }
}

extension String {
    /// The string without NUL characters, which C text APIs would cut at.
    func replacingNUL() -> String {
        utf8.contains(0) ? String(unicodeScalars.filter { $0 != "\u{0}" }) : self
    }
}
