import Scene

/// Parses the colours a user types on the command line: `transparent`, `#rgb`, `#rrggbb`,
/// `#rrggbbaa`, `rgb(…)`, `hsl(…)` and the CSS colour names.
public enum ColorParser {
    public static func parse(_ text: String) -> Color? {
        Color(css: text)
    }
}
