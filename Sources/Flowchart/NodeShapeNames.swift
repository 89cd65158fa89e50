/// The `@{ shape: … }` names (with Mermaid's aliases, case-sensitive as in Mermaid) that map onto `NodeShape`.
enum NodeShapeNames {
    static func shape(named name: String) -> NodeShape? {
        table[name]
    }

    private static let table: [String: NodeShape] = {
        let groups: [(NodeShape, [String])] = [
            (.rectangle, ["rect", "proc", "process", "rectangle", "squareRect"]),
            (.roundedRectangle, ["rounded", "event", "roundedRect"]),
            (.stadium, ["stadium", "terminal", "pill"]),
            (.subroutine, ["fr-rect", "subprocess", "subproc", "framed-rectangle", "subroutine"]),
            (.cylinder, ["cyl", "db", "database", "cylinder"]),
            (.circle, ["circle", "circ"]),
            (.doubleCircle, ["dbl-circ", "double-circle", "doublecircle"]),
            (.rhombus, ["diam", "decision", "diamond", "question"]),
            (.hexagon, ["hex", "hexagon", "prepare"]),
            (.parallelogram, ["lean-r", "lean-right", "in-out", "lean_right"]),
            (.parallelogramAlt, ["lean-l", "lean-left", "out-in", "lean_left"]),
            (.trapezoid, ["trap-b", "priority", "trapezoid-bottom", "trapezoid"]),
            (.trapezoidAlt, ["trap-t", "manual", "trapezoid-top", "inv-trapezoid", "inv_trapezoid"]),
            (.asymmetric, ["odd", "rect_left_inv_arrow"]),
        ]
        var table: [String: NodeShape] = [:]
        for (shape, names) in groups {
            for name in names { table[name] = shape }
        }
        return table
    }()
}
