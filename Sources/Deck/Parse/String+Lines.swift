extension String {
    /// The text split at every `\n` scalar, a `\r` before it kept on its line. (`split` on
    /// Characters would not split at all: `"\r\n"` is one Character.)
    var scalarLines: [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }
}
