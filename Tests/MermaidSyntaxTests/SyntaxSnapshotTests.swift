import Testing

/// AST dumps (with `line:col` ranges) of small inputs, one construct family each.
@Suite struct SyntaxSnapshotTests {
    @Test func shapes() {
        SnapshotSupport.assertSnapshot("shapes", """
        flowchart TD
          a[rect] --- b(round) --- c([stadium]) --- d[[sub]] --- e[(cyl)]
          f((circle)) --- g(((double))) --- h>odd] --- i{rhombus} --- j{{hex}}
          k[/lean r/] --- l[\\lean l\\] --- m[/trap\\] --- n[\\trap alt/]
          o["quoted (with) [brackets]"] --- p["`**md**`"]
          q@{ shape: cyl, label: "Data" }
        """)
    }

    @Test func expandedSyntax() {
        SnapshotSupport.assertSnapshot("expanded", """
        ---
        config:
          look: handDrawn
          themeVariables:
            primaryColor: "#ff0"
          flowchart:
            padding: 8
            htmlLabels: false
        ---
        %%{initialize: {"flowchart": {"wrappingWidth": 120, "diagramPadding": 4}}}%%
        flowchart >
          o(-ellipse-) & p[|borders:lt|Props] --> C[Hello]@{ shape: circle }
          E@{
            shape: lin-doc
            label: "Two"
          }
          odd->Odd text]
          A --> B
          --> C
          A ---------------> Z
        """)
    }

    @Test func links() {
        SnapshotSupport.assertSnapshot("links", """
        graph LR
          A --> B --- C -.-> D -.- E ==> F === G ~~~ H
          A --o B --x C <--> D o--o E x--x F
          A ---> B -..-> C ===> D ----- E
          A -->|pipe| B -- text --> C -. dotted .-> D == thick ==> E
          A & B --> C & D
          A e1@--> B
          R1 .-> R2 <.-> C
        """)
    }

    @Test func subgraphsAndDirections() {
        SnapshotSupport.assertSnapshot("subgraphs", """
        flowchart TB
          subgraph one [First]
            direction LR
            a1 --> a2
            subgraph inner
              b1
            end
          end
          subgraph "Title with spaces"
            c1
          end
          subgraph Two words
            d1
          end
          one --> inner
        """)
    }

    @Test func stylesAndClasses() {
        SnapshotSupport.assertSnapshot("styles", """
        flowchart LR
          A:::hot --> B:::cold & C
          classDef hot,warm fill:#f96,stroke:#333,stroke-width:4px;
          classDef dash stroke-dasharray: 5,5, color:rgba(1,2,3,0.5)
          class A,B warm
          style A fill:#bbf,stroke:#f66
          linkStyle 0,1 stroke:red
          linkStyle default interpolate basis stroke:blue
          click A "https://example.com" "Tip" _blank
          accTitle: My title
          accDescr {
            Line one
            Line two
          }
        """)
    }

    @Test func configAndComments() {
        SnapshotSupport.assertSnapshot("config", """
        ---
        title: Hello
        config:
          theme: forest
          flowchart:
            nodeSpacing: 30
            rankSpacing: 70
        ---
        %%{init: {'theme': 'dark', 'flowchart': {'rankSpacing': 90}}}%%
        %% a comment
        flowchart TD; A --> B; %% trailing comment

          B --> C
        """)
    }

    @Test func labelsDecodeEntitiesAndLineBreaks() {
        SnapshotSupport.assertSnapshot("labels", """
        flowchart TD
          A["A #quot;quote#quot; #35; #9829; #amp; done"] --> B[one<br>two<br/>three<br />four]
          C[multi
            line] --> D["`md
          strings`"]
        """)
    }
}
