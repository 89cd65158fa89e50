import Foundation
/// A fenced code block's info string: language, highlighted lines `{1,3-5}`, line numbers.
struct CodeInfo: Equatable {
    var language: String
    /// 1-based line numbers to highlight.
    var highlighted: Set<Int>
    var lineNumbers: Bool

    init(_ info: String) {
        let trimmed = info.trimmingCharacters(in: .whitespaces)
        var word = String(trimmed.prefix { !$0.isWhitespace && $0 != "{" })
        if word.hasPrefix("{") { word = "" }
        language = word.lowercased()
        highlighted = []
        if let open = trimmed.firstIndex(of: "{"), let close = trimmed[open...].firstIndex(of: "}") {
            for part in trimmed[trimmed.index(after: open)..<close].split(separator: ",") {
                let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                if bounds.count == 1, let n = bounds[0] {
                    highlighted.insert(n)
                } else if bounds.count == 2, let a = bounds[0], let b = bounds[1], a <= b, b - a < 10_000 {
                    for n in a...b { highlighted.insert(n) }
                }
            }
        }
        let lower = trimmed.lowercased()
        lineNumbers = lower.contains("showlinenumbers") || lower.contains("linenumbers") || lower.contains("numberlines")
    }
}
