/// Options of deck layout.
public struct DeckLayoutOptions: Hashable, Sendable {
    /// Scale a slide's content down to fit its box instead of warning that it overflows.
    public var shrink: Bool
    public init(shrink: Bool = false) {
        self.shrink = shrink
    }
}
