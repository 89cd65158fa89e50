import Diagnostics
import Flowchart
import Testing

/// classDef / class / ::: / style / linkStyle precedence.
@Suite struct StyleResolutionTests {
    @Test func nodeStylePrecedence() {
        let diagram = compileClean("""
        flowchart LR
          A:::hot --> B
          class A cold
          style A stroke:black
          classDef default fill:white,stroke:gray,color:blue
          classDef node color:green
          classDef hot fill:red
          classDef cold fill:cyan,stroke:navy
        """)
        let a = diagram.nodes[0]
        #expect(a.classes == ["hot", "cold"])
        // default < classes in application order < style
        #expect(a.style["fill"] == "cyan")
        #expect(a.style["stroke"] == "black")
        #expect(a.style["color"] == "green")
        #expect(diagram.nodes[1].style["fill"] == "white")
    }

    @Test func linkStyleIndicesAndDefault() {
        let diagram = compileClean("""
        flowchart LR
          A --> B --> C --> D
          linkStyle default stroke:gray,stroke-width:1px
          linkStyle 0,2 stroke:red
          linkStyle 1 interpolate basis
        """)
        #expect(diagram.edges.map { $0.style["stroke"] } == ["red", "gray", "red"])
        #expect(diagram.edges[0].style["stroke-width"] == "1px")
        #expect(diagram.edges[1].curve == "basis")
    }

    @Test func linkStyleIndexOutOfRange() {
        let source = "flowchart LR\n  A --> B\n  linkStyle 3 stroke:red"
        let file = SourceFile(name: "test.mmd", text: source)
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        #expect(diagram == nil)
        #expect(diagnostics.map(\.id) == ["mermaid.link-index-out-of-range"])
        #expect(DiagnosticFormatter().format(diagnostics, in: file) == """
        test.mmd:3:13: error: linkStyle index 3 is out of range: there is 1 link before it
           3 |   linkStyle 3 stroke:red
             |             ^
              = hint: links are numbered from 0 to 0 in source order

        """)
    }

    @Test func subgraphAndEdgeClasses() {
        let diagram = compileClean("""
        flowchart LR
          subgraph S
            A e1@--> B
          end
          classDef box fill:#eee
          classDef dashed stroke-dasharray: 5,5
          class S box
          style S stroke:blue
          class e1 dashed
        """)
        #expect(diagram.subgraphs[0].style["fill"] == "#eee")
        #expect(diagram.subgraphs[0].style["stroke"] == "blue")
        #expect(diagram.edges[0].style["stroke-dasharray"] == "5,5")
    }

    @Test func unknownShapeNamesTheNearestValidOnes() {
        let source = "flowchart LR\n  A@{ shape: bolts } --> B"
        let file = SourceFile(name: "test.mmd", text: source)
        let (diagram, diagnostics) = FlowchartCompiler.compile(file)
        #expect(diagram == nil)
        #expect(diagnostics.map(\.id) == ["mermaid.unknown-shape"])
        #expect(DiagnosticFormatter().format(diagnostics, in: file) == """
        test.mmd:2:14: error: unknown shape 'bolts'
           2 |   A@{ shape: bolts } --> B
             |              ^~~~~
              = hint: did you mean 'bolt'?

        """)
    }
}
