import Diagnostics
import Flowchart
import Testing

/// Compiles `source`, expecting no errors.
func compileClean(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> FlowchartDiagram {
    let file = SourceFile(name: "test.mmd", text: source)
    let (diagram, diagnostics) = FlowchartCompiler.compile(file)
    #expect(!diagnostics.hasErrors, "\(DiagnosticFormatter().format(diagnostics, in: file))", sourceLocation: sourceLocation)
    return diagram ?? FlowchartDiagram()
}

/// Meaning: labels, shapes, edges, membership, endpoints, config.
@Suite struct ModelTests {
    @Test func lastLabelWinsAndShapeComesWithIt() {
        let diagram = compileClean("""
        flowchart LR
          A[First] --> B
          A
          A(Second) --> C{Third}
          C
        """)
        #expect(diagram.direction == .leftToRight)
        #expect(diagram.nodes.map(\.id) == ["A", "B", "C"])
        #expect(diagram.nodes[0].label == FlowLabel("Second"))
        #expect(diagram.nodes[0].shape == .roundedRectangle)
        #expect(diagram.nodes[1].label == FlowLabel("B"))
        #expect(diagram.nodes[1].shape == .rectangle)
        #expect(diagram.nodes[2].shape == .rhombus)
    }

    @Test func chainsAndAmpersandsExpandInMermaidOrder() {
        let diagram = compileClean("flowchart TD\n  A & B --> C & D --> E")
        let pairs = diagram.edges.map { "\($0.from)->\($0.to)" }
        #expect(pairs == ["node(0)->node(2)", "node(0)->node(3)", "node(1)->node(2)", "node(1)->node(3)",
                          "node(2)->node(4)", "node(3)->node(4)"])
    }

    @Test func linkKindsAndMinLength() {
        let diagram = compileClean("""
        flowchart TD
          A --> B
          A ---> C
          A ----> D
          A -..-> E
          A ===> F
          A --- G
          A ---- H
          A <--> I
          A o--x J
          A ~~~ K
          A -- label ---> L
        """)
        let edges = diagram.edges
        #expect(edges.map(\.minLength) == [1, 2, 3, 2, 2, 1, 2, 1, 1, 1, 2])
        #expect(edges[3].stroke == .dotted)
        #expect(edges[4].stroke == .thick)
        #expect(edges[5].endArrow == .none)
        #expect(edges[7].startArrow == .arrow && edges[7].endArrow == .arrow)
        #expect(edges[8].startArrow == .circle && edges[8].endArrow == .cross)
        #expect(edges[9].stroke == .invisible)
        #expect(edges[10].label == FlowLabel("label"))
    }

    @Test func edgeIDsCarryCurvesAndAnimation() {
        let diagram = compileClean("""
        flowchart LR
          A e1@--> B e2@==> C
          e1@{ curve: natural }
          e2@{ animate: true }
        """)
        #expect(diagram.nodes.map(\.id) == ["A", "B", "C"])
        #expect(diagram.edges.map(\.id) == ["e1", "e2"])
        #expect(diagram.edges[0].curve == "natural")
        #expect(diagram.edges[1].animation == "true")
    }

    @Test func subgraphMembershipFollowsMermaid() {
        let diagram = compileClean("""
        flowchart TB
          x --> a
          subgraph outer
            a --> b
            subgraph inner
              b --> c
            end
          end
          subgraph other
            c --> d
          end
        """)
        let subgraph = { (id: String) in diagram.nodes.first { $0.id == id }?.subgraph }
        #expect(diagram.subgraphs.map(\.id) == ["outer", "inner", "other"])
        #expect(diagram.subgraphs[1].parent == 0)
        // `x` is only mentioned at the root; `a` is claimed by `outer` although first seen outside;
        // `b` by `inner`, which closes before `outer`; `c` by `inner`, the first to close; `d` by `other`.
        #expect(subgraph("x") == nil)
        #expect(subgraph("a") == 0)
        #expect(subgraph("b") == 1)
        #expect(subgraph("c") == 1)
        #expect(subgraph("d") == 2)
    }

    @Test func endpointNamingASubgraphTargetsTheSubgraph() {
        let diagram = compileClean("""
        flowchart LR
          outside --> one
          subgraph one [The One]
            direction TB
            a
          end
          one --> two
          subgraph "two"
            b
          end
        """)
        #expect(diagram.nodes.map(\.id) == ["outside", "a", "b"])
        #expect(diagram.edges[0].to == .subgraph(0))
        #expect(diagram.edges[1].from == .subgraph(0) && diagram.edges[1].to == .subgraph(1))
        #expect(diagram.subgraphs[0].title == FlowLabel("The One"))
        #expect(diagram.subgraphs[0].direction == .topToBottom)
    }

    @Test func titleWithSpacesGetsAGeneratedIDNumberedInClosingOrder() {
        let diagram = compileClean("""
        flowchart TB
          subgraph Jaeger Collector
            subgraph "Inner one"
              a
            end
          end
          subgraph "Solo"
            b
          end
          subgraph
            c
          end
        """)
        #expect(diagram.subgraphs.map(\.id) == ["subGraph1", "subGraph0", "Solo", "subGraph3"])
        #expect(diagram.subgraphs[3].title == FlowLabel(""))
        #expect(diagram.subgraphs[1].parent == 0)
        #expect(diagram.subgraphs[0].title == FlowLabel("Jaeger Collector"))
    }

    @Test func configFromFrontMatterAndDirectives() {
        let diagram = compileClean("""
        ---
        title: Pipeline
        config:
          theme: forest
          flowchart:
            nodeSpacing: 30
        ---
        %%{init: {'theme': 'dark', 'flowchart': {'rankSpacing': 80, 'curve': 'linear'}}}%%
        graph
          A --> B
          accTitle: Access
          accDescr: Described
        """)
        #expect(diagram.title == "Pipeline")
        #expect(diagram.direction == .topToBottom)
        var expected = FlowchartConfig(theme: "dark", nodeSpacing: 30, rankSpacing: 80)
        expected.curve = "linear"
        #expect(diagram.config == expected)
        #expect(diagram.accessibilityTitle == "Access")
        #expect(diagram.accessibilityDescription == "Described")
    }

    @Test func markdownAndExpandedNodeSyntax() {
        let diagram = compileClean("""
        flowchart TD
          A["`**bold** text`"] --> B@{ shape: lean-l, label: "Out" }
          C@{ shape: dbl-circ }
          D@{ label: "**Only**\\nlabel" }
        """)
        #expect(diagram.nodes[0].label == FlowLabel("**bold** text", isMarkdown: true))
        #expect(diagram.nodes[1].shape == .parallelogramAlt)
        #expect(diagram.nodes[1].label == FlowLabel("Out", isMarkdown: true))
        #expect(diagram.nodes[2].shape == .doubleCircle && diagram.nodes[2].label == FlowLabel("C"))
        #expect(diagram.nodes[3].shape == .rectangle)
        #expect(diagram.nodes[3].label == FlowLabel("**Only**\nlabel", isMarkdown: true))
    }

    @Test func clickLinks() {
        let diagram = compileClean("flowchart TD\n  A --> B\n  click A \"https://example.com\" \"Go\" _blank")
        #expect(diagram.nodes[0].link == "https://example.com")
        #expect(diagram.nodes[0].tooltip == "Go")
        #expect(diagram.nodes[0].linkTarget == "_blank")
    }
}
