/// Code lines too wide for the page broken into continuation lines (indented by two
/// spaces), so that code keeps its size on paper instead of shrinking to fit its longest line.
struct CodeWrapping {
    /// Widest a line may draw.
    var maxWidth: Double
    /// The drawn width of a string.
    var measure: (String) -> Double

    /// The lines wrapped, each with the index of the line it came from.
    func wrap(_ lines: [Substring]) -> [(text: String, origin: Int)] {
        var out: [(text: String, origin: Int)] = []
        for (index, line) in lines.enumerated() {
            var rest = String(line)
            var first = true
            while true {
                let text = first ? rest : "  " + rest
                if measure(text) <= maxWidth || rest.count <= 8 {
                    out.append((text, index))
                    break
                }
                let cut = breakIndex(text, minimum: first ? 1 : 3)
                out.append((String(text.prefix(cut)), index))
                rest = String(text.dropFirst(cut))
                first = false
            }
        }
        return out
    }

    /// How many characters fit, backed up to just after a space when one is in the second half.
    private func breakIndex(_ text: String, minimum: Int) -> Int {
        let characters = Array(text)
        var low = minimum, high = characters.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if measure(String(characters[..<mid])) <= maxWidth { low = mid } else { high = mid - 1 }
        }
        let fits = max(minimum, low)
        if let space = characters[..<fits].lastIndex(of: " "), space + 1 > fits / 2, space + 1 > minimum {
            return space + 1
        }
        return fits
    }
}
