/// A heading of the document: its text, level, anchor and section number.
struct DocumentHeading: Hashable {
    var title: String
    var level: Int
    var id: String
    /// `1.2` when headings are numbered.
    var label: String?
}

/// What a unit is, for the page composer (outline, table of contents page numbers).
enum UnitKind: Hashable {
    case block
    case title
    /// Index into the headings.
    case heading(Int)
    case contentsTitle
    /// Index into the headings of the entry's target.
    case contentsEntry(Int)
}
