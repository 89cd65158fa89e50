/// The revision of what Trellis draws, kept in every build manifest entry's settings digest.
///
/// Bump it with any change that alters output bytes (layout, drawing, fonts, PDF structure):
/// artefacts built before then read as stale, and `trellis build` draws them again. A
/// release's version alone would leave them "up to date" between releases.
/// `Tests/TrellisTests/OutputRevisionTests.swift` renders reference inputs and fails when
/// their bytes change while this number does not.
public enum OutputRevision {
    public static let current = 8
}
