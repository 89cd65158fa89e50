import Diagnostics
import Flowchart
import Testing

@Suite struct FontAwesomeTests {
    @Test func knownNamesHaveTheirCodePoints() {
        #expect(FontAwesome.character(named: "user") == "\u{f007}")
        #expect(FontAwesome.character(named: "fa-car") == "\u{f1b9}")
        #expect(FontAwesome.character(named: "automobile") == "\u{f1b9}", "aliases share the code point")
        #expect(FontAwesome.character(named: "twitter") == "\u{f099}")
        #expect(FontAwesome.character(named: "no-such-icon") == nil)
        #expect(FontAwesome.character(named: "xmark") == "\u{f00d}", "Font Awesome 6 name of 4.7's times")
        #expect(FontAwesome.character(named: "fa-house") == FontAwesome.character(named: "home"))
    }

    @Test func referencesAreFoundAnywhereWithAnyPrefix() {
        let refs = FontAwesome.references(in: "fa:fa-car Car, (fab:fa-github) x:fa:fa-no afa:fa-x far:fa-bell-o-")
        #expect(refs.map(\.text) == ["fa:fa-car", "fab:fa-github", "fa:fa-no", "far:fa-bell-o"])
        #expect(refs.map(\.name) == ["car", "github", "no", "bell-o"])
        #expect(FontAwesome.references(in: "sofa:fa-x fa:fa- fa:car").isEmpty)
    }

    @Test func knownReferencesAreReplacedUnknownOnesStay() {
        #expect(FontAwesome.replacingReferences(in: "fa:fa-car Car") == "\u{f1b9} Car")
        #expect(FontAwesome.replacingReferences(in: "é fab:fa-twitter and fa:fa-nope") == "é \u{f099} and fa:fa-nope")
        #expect(FontAwesome.replacingReferences(in: "plain") == "plain")
    }

    @Test func iconNodeNames() {
        #expect(FontAwesome.iconName("fa:user") == "user")
        #expect(FontAwesome.iconName("fas:fa-user") == "user")
        #expect(FontAwesome.iconName("logos:aws") == nil)
        #expect(FontAwesome.iconName("user") == nil)
    }

    @Test func suggestionsAreNearestFirst() {
        #expect(FontAwesome.suggestions(for: "usr").first == "user")
        #expect(FontAwesome.suggestions(for: "databse") == ["database"])
        #expect(FontAwesome.suggestions(for: "zzzzzzzzzzzz").isEmpty)
    }
}

@Suite struct IconAndImageCheckTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        FlowchartCompiler.compile(SourceFile(name: "t.mmd", text: text)).1
    }

    @Test func knownIconsAreSilent() {
        let found = Self.diagnostics("""
        flowchart TD
          A[fa:fa-car Car] --> B@{ icon: "fa:user", form: "circle" }
          B -- fab:fa-github --> C
        """)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func unknownIconNodeIsAWarningAtItsValue() throws {
        let source = SourceFile(name: "t.mmd", text: "flowchart TD\n  A@{ icon: \"fa:usr\", label: \"Who\" }\n")
        let found = FlowchartCompiler.compile(source).1
        let warning = try #require(found.first)
        #expect(found.map(\.id) == ["mermaid.unknown-icon"])
        #expect(warning.severity == .warning)
        #expect(warning.hint?.hasPrefix("did you mean 'fa-user'") == true)
        let position = source.location(of: warning.range.start)
        #expect(position.line == 2 && position.column == 13)
    }

    @Test func otherIconPacksAreAWarning() {
        let found = Self.diagnostics("flowchart TD\n  A@{ icon: \"logos:aws\" }\n")
        #expect(found.map(\.id) == ["mermaid.unknown-icon-pack"])
    }

    @Test(arguments: ["https://example.com/a.png", "http://x/y.svg", "data:image/png;base64,AAAA", "file:///etc/passwd"])
    func remoteImagesAreAWarningNeverFetched(url: String) {
        let found = Self.diagnostics("flowchart TD\n  A@{ img: \"\(url)\", w: 40, h: 30 }\n")
        #expect(found.map(\.id) == ["mermaid.remote-image"])
    }

    @Test(arguments: ["logo.png", "images/a b.jpg", "../up.svg", "/abs/path.png", "C:/windows.png"])
    func localPathsAreNotRemote(url: String) {
        #expect(!NodeImage(url: url).isRemote)
        #expect(Self.diagnostics("flowchart TD\n  A@{ img: \"\(url)\" }\n").isEmpty)
    }
}
