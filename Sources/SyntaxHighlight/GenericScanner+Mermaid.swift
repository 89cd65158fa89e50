/// Mermaid labels: the text inside a node's shape (`A[text]`, `B((text))`, `C{text}`) and between
/// the pipes of an edge label (`-->|text|`) is a string; the shape brackets are punctuation.
extension GenericScanner {
    private static let shapeOpeners = scalarSet("[({")
    private static let shapeClosers = scalarSet("])}")
    private static let shapeEdges = scalarSet("[](){}/\\")

    mutating func scanMermaidLabel() -> Bool {
        let scalar = map.scalars[index]
        if scalar == "|" { return scanEdgeLabel() }
        guard Self.shapeOpeners.contains(scalar), names.follows(index, in: map) else { return false }
        var cursor = index
        while let edge = map.at(cursor), Self.shapeEdges.contains(edge), !Self.shapeClosers.contains(edge) { cursor += 1 }
        map.mark(.punctuation, index..<cursor)
        let textStart = cursor
        if map.at(cursor) == "\"" {
            cursor += 1
            while let text = map.at(cursor), text != "\"", text != "\n" { cursor += 1 }
            if map.at(cursor) == "\"" { cursor += 1 }
        }
        while let text = map.at(cursor), text != "\n", !Self.shapeClosers.contains(text) {
            // `/` or `\` just before the closer belongs to the shape (`[/text/]`).
            if (text == "/" || text == "\\"), let next = map.at(cursor + 1), Self.shapeClosers.contains(next) { break }
            cursor += 1
        }
        map.mark(.string, textStart..<cursor)
        let closeStart = cursor
        while let edge = map.at(cursor), Self.shapeEdges.contains(edge), !Self.shapeOpeners.contains(edge) { cursor += 1 }
        map.mark(.punctuation, closeStart..<cursor)
        index = max(cursor, index + 1)
        return true
    }

    /// `|text|` after an arrow.
    private mutating func scanEdgeLabel() -> Bool {
        var cursor = index + 1
        while let text = map.at(cursor), text != "|", text != "\n" { cursor += 1 }
        guard map.at(cursor) == "|" else { return false }
        map.mark(.punctuation, index..<index + 1)
        map.mark(.string, index + 1..<cursor)
        map.mark(.punctuation, cursor..<cursor + 1)
        index = cursor + 1
        return true
    }
}
