import CPangoCairo

/// A piece of a paragraph in its own font; `breakable: false` keeps it on one line
/// (inline code) unless it is wider than the line.
public struct ParagraphRun: Hashable, Sendable {
    public var text: String
    public var font: FontSpec
    public var breakable: Bool
    /// Room the run takes beyond its glyphs (the box around inline code), spread over its characters.
    public var extraWidth: Double

    public init(_ text: String, font: FontSpec, breakable: Bool = true, extraWidth: Double = 0) {
        self.text = text
        self.font = font
        self.breakable = breakable
        self.extraWidth = extraWidth
    }
}

/// Breaks paragraphs into lines with Pango, in the fonts of one library: word wrapping by
/// the Unicode rules, soft hyphens (U+00AD) as hyphenation points, words longer than the
/// line broken between characters.
public struct ParagraphBreaker {
    let library: FontLibrary

    public init(library: FontLibrary) {
        self.library = library
    }

    /// UTF-8 offsets (into the runs' joined text) where lines 2, 3, … start.
    public func lineStarts(_ runs: [ParagraphRun], width: Double) -> [Int] {
        guard let layout = pango_layout_new(library.context) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var bytes: [UInt8] = []
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        for run in runs {
            let start = UInt32(bytes.count)
            bytes.append(contentsOf: run.text.replacingNUL().utf8)
            let end = UInt32(bytes.count)
            guard start < end else { continue }
            Self.addFont(run.font, from: start, to: end, to: attributes)
            if run.extraWidth > 0, !run.text.isEmpty,
               let attribute = pango_attr_letter_spacing_new(Int32(clamping: Int(run.extraWidth / Double(run.text.count) * TextLayout.pangoScale))) {
                Self.insert(attribute, from: start, to: end, into: attributes)
            }
            if !run.breakable, let attribute = pango_attr_allow_breaks_new(0) {
                Self.insert(attribute, from: start, to: end, into: attributes)
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(layout, chars.baseAddress, Int32(chars.count))
            }
        }
        pango_layout_set_attributes(layout, attributes)
        pango_layout_set_auto_dir(layout, 0)
        pango_layout_set_width(layout, Int32(clamping: Int((max(0, width) * TextLayout.pangoScale).rounded(.down))))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        var starts: [Int] = []
        var list = pango_layout_get_lines_readonly(layout)
        var first = true
        while let node = list {
            if let data = node.pointee.data {
                let line = data.assumingMemoryBound(to: PangoLayoutLine.self)
                let start = Int(line.pointee.start_index)
                // A new paragraph after "\n" starts where Pango says; only wrapped starts matter here too.
                if !first { starts.append(start) }
                first = false
            }
            list = node.pointee.next
        }
        return starts
    }

    private static func addFont(_ font: FontSpec, from start: UInt32, to end: UInt32, to list: OpaquePointer?) {
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * TextLayout.pangoScale)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(clamping: font.weight)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        if let attribute = pango_attr_font_desc_new(description) { insert(attribute, from: start, to: end, into: list) }
        pango_font_description_free(description)
    }

    private static func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>, from start: UInt32, to end: UInt32,
                               into list: OpaquePointer?) {
        attribute.pointee.start_index = start
        attribute.pointee.end_index = end
        pango_attr_list_insert(list, attribute)
    }
}
