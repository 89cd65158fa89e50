import Native

/// Breaks a paragraph's runs into lines the way the renderer sets text (Pango), so that
/// documents get Unicode line breaking and hyphenation at soft hyphens.
public protocol ParagraphBreaking {
    /// UTF-8 offsets (into the runs' joined text) where lines 2, 3, … start, at most `width` wide.
    func lineStarts(_ runs: [ParagraphRun], width: Double) -> [Int]
}

extension ParagraphBreaker: ParagraphBreaking {}
