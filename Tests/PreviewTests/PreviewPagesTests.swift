import Diagnostics
import Foundation
import Testing
@testable import Preview

@Suite struct PreviewPagesTests {
    @Test func escapesHTML() {
        #expect(HTMLText.escaped("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
    }

    @Test func encodesURLPathsSegmentBySegment() {
        #expect(HTMLText.urlPath("diagrams/my file#1.mmd") == "diagrams/my%20file%231.mmd")
        #expect(PreviewPages.url("/abs/x.mmd") == "abs/x.mmd")
    }

    @Test func itemPageShowsTheDrawingAndKeepsScriptDataInert() {
        var state = PreviewState(item: PreviewItem(path: "/p/a.mmd", name: "</script><b>.mmd", kind: .diagram))
        state.pages = ["<svg width=\"10\" height=\"10\"></svg>"]
        let html = PreviewPages.item(state)
        #expect(html.contains("<div id=\"drawing\"><svg width=\"10\" height=\"10\"></svg></div>"))
        #expect(html.contains("&lt;/script&gt;&lt;b&gt;.mmd"))
        // The JSON bootstrap cannot close its <script> element.
        let data = html.components(separatedBy: "id=\"page-data\">")[1].components(separatedBy: "</script>")[0]
        #expect(data.contains("<\\/script>"))
    }

    @Test func problemsCarryLineColumnAndCaret() {
        let source = SourceFile(name: "d.mmd", text: "flowchart TD\n  A --> \n")
        let diagnostic = Diagnostic.error("mermaid.test", "expected a node", at: SourceRange(start: 21, end: 22))
        let problem = PreviewProblem(diagnostic, in: source)
        #expect(problem.line == 2)
        #expect(problem.column == 9)
        #expect(problem.excerpt.contains("^"))
    }

    @Test func indexListsItemsAndFlagsErrorsAndRemovals() {
        var broken = PreviewState(item: PreviewItem(path: "/p/b.mmd", name: "b.mmd", kind: .diagram))
        broken.problems = [PreviewProblem(.error("x", "bad", at: SourceRange(start: 0, end: 1)),
                                          in: SourceFile(name: "b.mmd", text: "x"))]
        var gone = PreviewState(item: PreviewItem(path: "/p/c.mmd", name: "c.mmd", kind: .diagram))
        gone.removed = true
        let html = PreviewPages.index([PreviewState(item: PreviewItem(path: "/p/a.mmd", name: "a.mmd", kind: .diagram)),
                                       broken, gone])
        #expect(html.contains("href=\"/view/a.mmd\""))
        #expect(html.contains("1 error(s)"))
        #expect(html.contains("removed"))
    }
}
