import Scene

/// The built-in deck themes and the classes that modify them.
public enum DeckThemes {
    /// Every built-in theme, in the order help texts list them.
    public static let all: [DeckTheme] = [.marpDefault, .gaia, .uncover, .trellis]

    /// The theme of that name (case-insensitive); nil when unknown.
    public static func named(_ name: String) -> DeckTheme? {
        let key = name.lowercased()
        return all.first { $0.name == key }
    }

    /// `theme` with the slide's `class` values applied: `invert` (every theme), `gaia` (gaia),
    /// `lead` (content centred both ways). Unknown classes change nothing (CSS may target them).
    public static func applying(classes: [String], to theme: DeckTheme) -> DeckTheme {
        var result = theme
        for name in classes {
            switch (name, theme.name) {
            case ("invert", "default"): DeckTheme.marpDefaultInverted(&result)
            case ("invert", "gaia"), ("gaia", "gaia"): DeckTheme.gaiaVariant(&result, className: name)
            case ("invert", "uncover"): DeckTheme.uncoverInverted(&result)
            case ("invert", "trellis"): DeckTheme.trellisInverted(&result)
            case ("lead", _):
                result.placement = .center
                result.alignment = .center
            default: break
            }
        }
        return result
    }
}
