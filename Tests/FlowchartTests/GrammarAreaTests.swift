import Diagnostics
import Flowchart
import Testing

/// One fixture per area of the language, checking the model mermaid.js would build.
@Suite struct GrammarAreaTests {
    @Test func headerDirections() {
        let cases: [(String, FlowDirection)] = [
            ("flowchart", .topToBottom), ("graph TD", .topToBottom), ("flowchart-elk BT", .bottomToTop),
            ("graph >", .leftToRight), ("graph <", .rightToLeft), ("graph ^", .bottomToTop), ("graph v", .topToBottom),
        ]
        for (header, direction) in cases {
            #expect(compileClean("\(header)\n  A --> B").direction == direction, "\(header)")
        }
    }

    @Test func bracketShapesEllipseAndProperties() {
        let diagram = compileClean("""
        flowchart TD
          a[sq] & b(rd) & c([st]) & d[[sr]] & e[(cy)] & f((ci)) & g(((dc))) & h>as]
          i{rh} & j{{hx}} & k[/lr/] & l[\\ll\\] & m[/tr\\] & n[\\ta/] & o(-el-)
          p[|borders:lt|Props]
        """)
        let shapes: [NodeShape] = [.rectangle, .roundedRectangle, .stadium, .subroutine, .cylinder, .circle,
                                   .doubleCircle, .asymmetric, .rhombus, .hexagon, .parallelogram, .parallelogramAlt,
                                   .trapezoid, .trapezoidAlt, .stadium, .rectangle]
        #expect(diagram.nodes.map(\.shape) == shapes)
        #expect(diagram.nodes[14].label.text == "el")
        #expect(diagram.nodes[15].label.text == "Props")
        #expect(diagram.nodes[15].properties == ["borders": "lt"])
    }

    @Test func expandedShapesAliasesAndData() {
        let diagram = compileClean("""
        flowchart LR
          A@{ shape: manual-input, label: "Type" } --> B@{ shape: das }
          C@{ shape: doublecircle } & D@{ shape: stored-data }
          E@{
            shape: lin-doc
            label: "Two
              lines"
          }
          F@{ icon: "fa:user", form: circle, pos: b, h: 48 }
          G@{ img: "https://example.com/a.png", label: "Pic", w: 60, h: 40, constraint: on }
          H@{ label: "**raw**", labelType: string }
        """)
        #expect(diagram.nodes.map(\.shape) == [.slopedRectangle, .horizontalCylinder, .doubleCircle, .bowTieRectangle,
                                              .linedDocument, .rectangle, .rectangle, .rectangle])
        #expect(diagram.nodes[0].label == FlowLabel("Type", isMarkdown: true))
        #expect(diagram.nodes[4].label.text == "Two lines")
        #expect(diagram.nodes[5].icon == "fa:user")
        #expect(diagram.nodes[5].form == "circle")
        #expect(diagram.nodes[5].labelPosition == "b")
        #expect(diagram.nodes[5].assetHeight == 48)
        #expect(diagram.nodes[5].label.text == "", "an icon without a label has no text")
        #expect(diagram.nodes[6].image == NodeImage(url: "https://example.com/a.png", width: 60, height: 40, constraint: "on",
                                                     range: diagram.nodes[6].image?.range))
        #expect(diagram.nodes[6].image?.range.map { $0.end - $0.start } == 27, "the quoted img value")
        #expect(diagram.nodes[6].label.text == "Pic")
        #expect(diagram.nodes[7].label == FlowLabel("**raw**", isMarkdown: false))
    }

    @Test func edgesKindsHeadsLengthsAndLabels() {
        let diagram = compileClean("""
        flowchart LR
          A --> B --- C -.-> D -.- E ==> F === G ~~~ H
          A --o B --x C <--> D o--o E x--x F
          A -- text --> B -. dotted .-> C == thick ==> D
          A ----------------> Z
          A -->|"quoted"| B
          A e1@--> B
          e1@{ animate: true, curve: linear }
        """)
        let e = diagram.edges
        #expect(e.count == 18)
        #expect(e[0...6].map(\.stroke) == [.normal, .normal, .dotted, .dotted, .thick, .thick, .invisible])
        #expect(e[0...6].map(\.endArrow) == [.arrow, .none, .arrow, .none, .arrow, .none, .none])
        #expect(e[7...11].map(\.endArrow) == [.circle, .cross, .arrow, .circle, .cross])
        #expect(e[9...11].map(\.startArrow) == [.arrow, .circle, .cross])
        #expect(e[12...14].map { $0.label?.text } == ["text", "dotted", "thick"])
        #expect(e[12...14].map(\.stroke) == [.normal, .dotted, .thick])
        #expect(e[15].minLength == 10, "lengths are capped at 10 like mermaid.js")
        #expect(e[16].label?.text == "quoted")
        #expect(e[17].id == "e1")
        #expect(e[17].animation == "true")
        #expect(e[17].curve == "linear")
    }

    @Test func subgraphsMembershipAndEdgesToSubgraphs() {
        let diagram = compileClean("""
        flowchart TB
          subgraph one [First]
            direction LR
            a1 --> a2
            subgraph inner
              b1
            end
          end
          subgraph "Quoted title"
            a2
            c1
          end
          one --> c1
        """)
        #expect(diagram.subgraphs.map(\.id) == ["one", "inner", "subGraph2"])
        #expect(diagram.subgraphs[0].title.text == "First")
        #expect(diagram.subgraphs[0].direction == .leftToRight)
        #expect(diagram.subgraphs[1].parent == 0)
        #expect(diagram.nodes.map(\.subgraph) == [0, 0, 1, 2])
        #expect(diagram.edges.last?.from == .subgraph(0))
    }

    @Test func stylingClassesStylesAndEscapes() {
        let diagram = compileClean("""
        flowchart LR
          A:::hot --> B
          A e1@--> C
          subgraph S
            C
          end
          classDef hot,warm fill:#f96,font-family:Inter\\, sans-serif
          classDef default stroke:#333
          class B,e1,S warm
          style C stroke-dasharray: 5\\,5
          linkStyle 0,1 stroke:red
          linkStyle default interpolate linear
        """)
        #expect(diagram.nodes[0].style["fill"] == "#f96")
        #expect(diagram.nodes[0].style["font-family"] == "Inter, sans-serif")
        #expect(diagram.nodes[0].style["stroke"] == "#333")
        #expect(diagram.nodes[1].classes == ["warm"])
        #expect(diagram.edges[1].classes == ["warm"])
        #expect(diagram.subgraphs[0].classes == ["warm"])
        #expect(diagram.nodes[2].style["stroke-dasharray"] == "5,5")
        #expect(diagram.edges.map { $0.style["stroke"] } == ["red", "red"])
        #expect(diagram.edges.map(\.curve) == ["linear", "linear"])
    }

    @Test func interaction() {
        let file = SourceFile(name: "t.mmd", text: """
        flowchart LR
          A --> B --> C
          click A href "https://example.com" "Tip" _blank
          click B "https://b.example"
          click C callback
        """)
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        #expect(diagram?.nodes[0].link == "https://example.com")
        #expect(diagram?.nodes[0].tooltip == "Tip")
        #expect(diagram?.nodes[0].linkTarget == "_blank")
        #expect(diagram?.nodes[1].link == "https://b.example")
        #expect(diagnostics.map(\.id) == ["mermaid.ignored-callback"])
    }

    @Test func frontMatterAndDirectivesMergeLastWins() {
        let diagram = compileClean("""
        ---
        title: Pipeline
        config:
          theme: forest
          look: handDrawn
          themeVariables:
            primaryColor: "#ffcc00"
          flowchart:
            curve: stepBefore
            nodeSpacing: 30
            rankSpacing: 70
            padding: 12
            wrappingWidth: 150
            diagramPadding: 4
            htmlLabels: false
        ---
        %%{init: {"theme": "dark", "flowchart": {"nodeSpacing": 40}}}%%
        %%{initialize: {'flowchart': {'curve': 'linear'}}}%%
        flowchart LR
          A --> B %% a comment
          accTitle: Title
          accDescr { Two
            lines }
        """)
        #expect(diagram.title == "Pipeline")
        #expect(diagram.config.theme == "dark")
        #expect(diagram.config.look == "handDrawn")
        #expect(diagram.config.themeVariables == ["primaryColor": "#ffcc00"])
        #expect(diagram.config.curve == "linear")
        #expect(diagram.config.nodeSpacing == 40)
        #expect(diagram.config.rankSpacing == 70)
        #expect(diagram.config.padding == 12)
        #expect(diagram.config.wrappingWidth == 150)
        #expect(diagram.config.diagramPadding == 4)
        #expect(diagram.config.htmlLabels == false)
        #expect(diagram.accessibilityTitle == "Title")
        #expect(diagram.accessibilityDescription == "Two\nlines")
    }

    @Test func idsWithMermaidPunctuationAndUnicode() {
        let diagram = compileClean("flowchart LR\n  a! --> cost$ --> x+y --> path/to --> été --> ok?")
        #expect(diagram.nodes.map(\.id) == ["a!", "cost$", "x+y", "path/to", "été", "ok?"])
    }

    @Test func everyShapeNameIsAccepted() {
        let names = ["rect", "proc", "process", "rectangle", "rounded", "event", "stadium", "terminal", "pill",
                     "fr-rect", "subprocess", "subproc", "framed-rectangle", "subroutine", "cyl", "db", "database",
                     "cylinder", "datastore", "data-store", "circle", "circ", "bang", "cloud", "diam", "decision",
                     "diamond", "question", "hex", "hexagon", "prepare", "lean-r", "lean-right", "in-out", "lean-l",
                     "lean-left", "out-in", "trap-b", "priority", "trapezoid-bottom", "trapezoid", "trap-t", "manual",
                     "trapezoid-top", "inv-trapezoid", "dbl-circ", "double-circle", "doublecircle", "text",
                     "notch-rect", "card", "notched-rectangle", "lin-rect", "lined-rectangle", "lined-process",
                     "lin-proc", "shaded-process", "sm-circ", "start", "small-circle", "fr-circ", "stop",
                     "framed-circle", "fork", "join", "hourglass", "collate", "brace", "comment", "brace-l", "brace-r",
                     "braces", "bolt", "com-link", "lightning-bolt", "doc", "document", "delay",
                     "half-rounded-rectangle", "h-cyl", "das", "horizontal-cylinder", "lin-cyl", "disk",
                     "lined-cylinder", "curv-trap", "curved-trapezoid", "display", "div-rect", "div-proc",
                     "divided-rectangle", "divided-process", "tri", "extract", "triangle", "win-pane",
                     "internal-storage", "window-pane", "f-circ", "junction", "filled-circle", "notch-pent",
                     "loop-limit", "notched-pentagon", "flip-tri", "manual-file", "flipped-triangle", "sl-rect",
                     "manual-input", "sloped-rectangle", "docs", "documents", "st-doc", "stacked-document",
                     "st-rect", "procs", "processes", "stacked-rectangle", "bow-rect", "stored-data",
                     "bow-tie-rectangle", "cross-circ", "summary", "crossed-circle", "tag-doc", "tagged-document",
                     "tag-rect", "tagged-rectangle", "tag-proc", "tagged-process", "flag", "paper-tape", "odd",
                     "lin-doc", "lined-document"]
        let source = "flowchart TD\n" + names.enumerated().map { "  n\($0.offset)@{ shape: \($0.element) }" }.joined(separator: "\n")
        let diagram = compileClean(source)
        #expect(Set(diagram.nodes.map(\.shape)) == Set(NodeShape.allCases))
    }
}

/// mermaid.js quirks that valid diagrams rely on.
@Suite struct GrammarQuirkTests {
    @Test func linksMayContinueOnTheNextLine() {
        let diagram = compileClean("flowchart TD\n    A --> B\n    --> C\n    C -->\n\n  D\n")
        #expect(diagram.edges.map { "\($0.from)->\($0.to)" } == ["node(0)->node(1)", "node(1)->node(2)", "node(2)->node(3)"])
    }

    @Test func ignoredStylePiecesAndDirectivesAreWarnings() {
        let file = SourceFile(name: "t.mmd", text: "%%{init: {\"theme\": \"dark\"}}}%%\nflowchart TD\n  A\n  style A fill,:red\n")
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        #expect(diagram != nil)
        #expect(diagnostics.map(\.id) == ["mermaid.invalid-directive", "mermaid.ignored-style", "mermaid.ignored-style"])
    }
}

/// More inputs from mermaid.js's own parser specs.
@Suite struct MermaidSpecInputTests {
    @Test func dataAfterABracketShape() {
        let diagram = compileClean("flowchart TB\n  C[Hello]@{ shape: circle }\n")
        #expect(diagram.nodes[0].shape == .circle)
        #expect(diagram.nodes[0].label.text == "Hello")
    }

    @Test func dashBeforeAnOddShapeBelongsToTheID() {
        let diagram = compileClean("graph TD;A_node-->odd->Vertex Text];")
        #expect(diagram.nodes.map(\.id) == ["A_node", "odd-"])
        #expect(diagram.nodes[1].shape == .asymmetric)
        #expect(diagram.nodes[1].label.text == "Vertex Text")
    }
}
