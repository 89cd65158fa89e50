import CPangoCairo

/// Where text may wrap, by Pango's Unicode line-breaking rules (UAX #14 with its tailoring):
/// after spaces, after hyphens and slashes, after soft hyphens (U+00AD), around CJK
/// ideographs. Analysis only, no shaping: fast enough for every paragraph of a document.
public struct LineBreakRules: Sendable {
    public init() {}

    /// UTF-8 offsets into `text` before which a line may start (0 and the end excluded).
    public func opportunities(in text: String) -> [Int] {
        let bytes = Array(text.replacingNUL().utf8)
        let characters = text.replacingNUL().unicodeScalars.count
        guard characters > 1 else { return [] }
        var attributes = [PangoLogAttr](repeating: PangoLogAttr(), count: characters + 1)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                pango_get_log_attrs(chars.baseAddress, Int32(chars.count), -1, pango_language_from_string("en"),
                                    &attributes, Int32(attributes.count))
            }
        }
        var out: [Int] = []
        var offset = 0
        for (index, scalar) in text.replacingNUL().unicodeScalars.enumerated() {
            if index > 0, attributes[index].is_line_break != 0 { out.append(offset) }
            offset += String(scalar).utf8.count
        }
        return out
    }
}
