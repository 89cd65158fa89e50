/// Layouts already made, by what they were made from: text measured while laying out a
/// frame is drawn later with the same runs, font and width, and shaping it again would
/// give the same glyphs. Confined to the thread that owns its `FontLibrary`.
public final class TextLayoutCache {
    private struct Key: Hashable {
        var runs: [StyledRun]
        var font: FontSpec
        var width: Double?
        var alignment: LineAlignment
    }

    private var layouts: [Key: TextLayout] = [:]
    /// Beyond this many layouts the cache starts over (it only saves work, never changes it).
    private let capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The layout of `runs` in `font` at `width`, made once per distinct request.
    public func layout(library: FontLibrary, runs: [StyledRun], font: FontSpec, width: Double?,
                       alignment: LineAlignment) throws(NativeError) -> TextLayout {
        let key = Key(runs: runs, font: font, width: width, alignment: alignment)
        if let known = layouts[key], known.library === library { return known }
        let layout = try TextLayout(library: library, runs: runs, font: font, width: width, alignment: alignment)
        if layouts.count >= capacity { layouts.removeAll(keepingCapacity: true) }
        layouts[key] = layout
        return layout
    }
}
