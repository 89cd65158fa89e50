import Diagnostics
import Flowchart
import Geometry
import LayeredLayout
@testable import FlowchartScene
import Scene

/// Builders for hand-made diagrams and layouts.
enum Fixtures {
    static let range = SourceRange(start: 0, end: 0)

    static func node(_ id: String, _ label: String? = nil, _ shape: NodeShape = .rectangle,
                     style: [(String, String)] = [], subgraph: Int? = nil, markdown: Bool = false) -> FlowNode {
        FlowNode(id: id, label: FlowLabel(label ?? id, isMarkdown: markdown), shape: shape,
                 style: declarations(style), subgraph: subgraph, range: range)
    }

    static func edge(_ from: Int, _ to: Int, label: String? = nil, stroke: EdgeStroke = .normal,
                     start: ArrowHead = .none, end: ArrowHead = .arrow,
                     style: [(String, String)] = []) -> FlowEdge {
        FlowEdge(from: .node(from), to: .node(to), label: label.map { FlowLabel($0) }, stroke: stroke,
                 startArrow: start, endArrow: end, style: declarations(style), range: range)
    }

    static func declarations(_ pairs: [(String, String)]) -> StyleDeclarations {
        StyleDeclarations(pairs.map { StyleDeclarations.Declaration($0.0, $0.1) })
    }

    static func draw(_ diagram: FlowchartDiagram, options: FlowchartSceneOptions = FlowchartSceneOptions(),
                     layout: ((LayoutGraph) -> LayoutResult)? = nil) -> FlowchartDrawing {
        if let layout {
            return FlowchartSceneBuilder.draw(diagram, measurer: FakeMeasurer(), options: options, layoutEngine: layout)
        }
        return FlowchartSceneBuilder.draw(diagram, measurer: FakeMeasurer(), options: options)
    }

    /// Top-level groups of a frame carrying a class.
    static func groups(_ frame: Frame, _ cls: String) -> [GroupItem] {
        frame.items.compactMap { item in
            if case .group(let g) = item, g.tag.classes.contains(cls) { return g }
            return nil
        }
    }

    static func shapes(_ group: GroupItem, _ cls: String? = nil) -> [ShapeItem] {
        group.items.compactMap { item in
            if case .shape(let s) = item, cls.map({ s.tag.classes.contains($0) }) ?? true { return s }
            return nil
        }
    }

    static func texts(_ group: GroupItem) -> [TextItem] {
        group.items.compactMap { item in
            if case .text(let t) = item { return t }
            return nil
        }
    }

    static func endPoint(_ path: Path) -> Point? {
        switch path.elements.last {
        case .line(let p), .move(let p), .cubic(_, _, let p): return p
        default: return nil
        }
    }

    static func startPoint(_ path: Path) -> Point? {
        if case .move(let p) = path.elements.first { return p }
        return nil
    }
}
