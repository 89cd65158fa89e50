import Scene

/// Mermaid `base` theme variables that make a flowchart match a deck theme.
enum DiagramColors {
    static func variables(for theme: DeckTheme) -> [String: String] {
        let fill = theme.background.mixed(with: theme.accent, 0.1)
        return [
            "primaryColor": fill.hex, "mainBkg": fill.hex, "nodeBorder": theme.accent.hex,
            "primaryTextColor": theme.text.hex, "nodeTextColor": theme.text.hex, "textColor": theme.text.hex,
            "lineColor": theme.text.mixed(with: theme.background, 0.25).hex,
            "clusterBkg": theme.background.mixed(with: theme.text, 0.04).hex,
            "clusterBorder": theme.text.mixed(with: theme.background, 0.6).hex,
            "titleColor": theme.text.hex, "edgeLabelBackground": theme.background.hex,
            "background": theme.background.hex,
        ]
    }
}
