/// The role of a run of source code, which a theme maps to a colour and weight.
public enum HighlightKind: String, Hashable, Sendable, CaseIterable {
    case plain, keyword, type, function, string, number, comment, `operator`, punctuation
    case variable, attribute, constant, meta, inserted, deleted
}

/// A run of one line of code with one role. `text` is exactly the characters of the run;
/// the runs of a line concatenated give back the line.
public struct HighlightToken: Hashable, Sendable {
    public var kind: HighlightKind
    public var text: String
    public init(_ kind: HighlightKind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
