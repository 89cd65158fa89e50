/// The `@{ shape: … }` names mermaid.js 11 accepts in flowcharts, mapped onto `NodeShape`:
/// each shape's short name, its aliases, and the lowercase internal aliases (Mermaid rejects
/// names with capitals or `_`, so `lean_right` and `squareRect` are not valid here).
enum NodeShapeNames {
    /// The shape a name selects, or nil when Mermaid rejects the name.
    static func shape(named name: String) -> NodeShape? {
        table[name] ?? undocumented[name]
    }

    /// Whether the name is one of the shapes Mermaid accepts but does not document.
    static func isUndocumented(_ name: String) -> Bool {
        table[name] == nil && undocumented[name] != nil
    }

    /// The short name of each shape, in `NodeShape` order (for messages and docs).
    static func shortName(of shape: NodeShape) -> String {
        groups.first { $0.0 == shape }?.1.first ?? shape.rawValue
    }

    /// Every accepted documented name, in table order.
    static var allNames: [String] { groups.flatMap(\.1) }

    /// Up to three valid names closest to a misspelt one (edit distance, then table order).
    static func suggestions(for name: String) -> [String] {
        let lowered = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if table[lowered] != nil { return [lowered] }
        let scored = allNames.map { ($0, EditDistance.between(lowered, $0)) }
        let limit = max(2, lowered.count / 3)
        let close = scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }
        var seen: Set<String> = []
        var result: [String] = []
        for (candidate, _) in close where !seen.contains(candidate) {
            seen.insert(candidate)
            result.append(candidate)
            if result.count == 3 { break }
        }
        return result
    }

    /// Short name first, then aliases, as in Mermaid's shape table.
    private static let groups: [(NodeShape, [String])] = [
        (.rectangle, ["rect", "proc", "process", "rectangle"]),
        (.roundedRectangle, ["rounded", "event"]),
        (.stadium, ["stadium", "terminal", "pill"]),
        (.subroutine, ["fr-rect", "subprocess", "subproc", "framed-rectangle", "subroutine"]),
        (.cylinder, ["cyl", "db", "database", "cylinder"]),
        (.datastore, ["datastore", "data-store"]),
        (.circle, ["circle", "circ"]),
        (.bang, ["bang"]),
        (.cloud, ["cloud"]),
        (.rhombus, ["diam", "decision", "diamond", "question"]),
        (.hexagon, ["hex", "hexagon", "prepare"]),
        (.parallelogram, ["lean-r", "lean-right", "in-out"]),
        (.parallelogramAlt, ["lean-l", "lean-left", "out-in"]),
        (.trapezoid, ["trap-b", "priority", "trapezoid-bottom", "trapezoid"]),
        (.trapezoidAlt, ["trap-t", "manual", "trapezoid-top", "inv-trapezoid"]),
        (.doubleCircle, ["dbl-circ", "double-circle", "doublecircle"]),
        (.text, ["text"]),
        (.notchedRectangle, ["notch-rect", "card", "notched-rectangle"]),
        (.linedRectangle, ["lin-rect", "lined-rectangle", "lined-process", "lin-proc", "shaded-process"]),
        (.smallCircle, ["sm-circ", "start", "small-circle"]),
        (.framedCircle, ["fr-circ", "stop", "framed-circle"]),
        (.fork, ["fork", "join"]),
        (.hourglass, ["hourglass", "collate"]),
        (.braceLeft, ["brace", "comment", "brace-l"]),
        (.braceRight, ["brace-r"]),
        (.braces, ["braces"]),
        (.bolt, ["bolt", "com-link", "lightning-bolt"]),
        (.document, ["doc", "document"]),
        (.delay, ["delay", "half-rounded-rectangle"]),
        (.horizontalCylinder, ["h-cyl", "das", "horizontal-cylinder"]),
        (.linedCylinder, ["lin-cyl", "disk", "lined-cylinder"]),
        (.curvedTrapezoid, ["curv-trap", "curved-trapezoid", "display"]),
        (.dividedRectangle, ["div-rect", "div-proc", "divided-rectangle", "divided-process"]),
        (.triangle, ["tri", "extract", "triangle"]),
        (.windowPane, ["win-pane", "internal-storage", "window-pane"]),
        (.filledCircle, ["f-circ", "junction", "filled-circle"]),
        (.notchedPentagon, ["notch-pent", "loop-limit", "notched-pentagon"]),
        (.flippedTriangle, ["flip-tri", "manual-file", "flipped-triangle"]),
        (.slopedRectangle, ["sl-rect", "manual-input", "sloped-rectangle"]),
        (.stackedDocument, ["docs", "documents", "st-doc", "stacked-document"]),
        (.stackedRectangle, ["st-rect", "procs", "processes", "stacked-rectangle"]),
        (.bowTieRectangle, ["bow-rect", "stored-data", "bow-tie-rectangle"]),
        (.crossedCircle, ["cross-circ", "summary", "crossed-circle"]),
        (.taggedDocument, ["tag-doc", "tagged-document"]),
        (.taggedRectangle, ["tag-rect", "tagged-rectangle", "tag-proc", "tagged-process"]),
        (.flag, ["flag", "paper-tape"]),
        (.asymmetric, ["odd"]),
        (.linedDocument, ["lin-doc", "lined-document"]),
    ]

    private static let table: [String: NodeShape] = {
        var table: [String: NodeShape] = [:]
        for (shape, names) in groups {
            for name in names where table[name] == nil { table[name] = shape }
        }
        return table
    }()

    /// Lowercase names of Mermaid's undocumented shapes (state diagrams, icons, …), drawn
    /// with the nearest documented shape.
    private static let undocumented: [String: NodeShape] = [
        "state": .roundedRectangle, "choice": .rhombus, "note": .rectangle, "icon": .rectangle,
        "anchor": .smallCircle,
    ]
}

/// Levenshtein distance between two strings, by characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
