import Foundation

/// A `<style>` or `<style scoped>` HTML block.
struct StyleBlock {
    var css: String
    var firstLine: Int
    var scoped: Bool
    /// Whether `</style>` was found; cmark runs an unclosed block to the end of the deck.
    var isClosed: Bool

    init?(literal: String, line: Int) {
        let trimmed = literal.drop { $0 == " " || $0 == "\t" }
        guard trimmed.lowercased().hasPrefix("<style"), let tagEnd = trimmed.firstIndex(of: ">") else { return nil }
        let tag = trimmed[..<tagEnd].lowercased()
        let afterTag = trimmed[trimmed.index(after: tagEnd)...]
        let close = afterTag.range(of: "</style>", options: .caseInsensitive)
        let body = close.map { afterTag[..<$0.lowerBound] } ?? afterTag
        isClosed = close != nil
        css = String(body)
        firstLine = line + trimmed[..<tagEnd].filter(\.isNewline).count
        scoped = tag.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).dropFirst().contains { $0 == "scoped" || $0.hasPrefix("scoped=") }
    }
}
