import Flowchart
import Geometry
@testable import FlowchartScene
import Scene
import Testing

/// Image nodes (`img:`) and icon nodes (`icon:`) sized and drawn our way (see README).
@Suite struct AssetNodeTests {
    static let picture = ImageSource(bytes: [1, 2, 3], format: .png, naturalSize: Size(width: 200, height: 100))

    static func imageNode(w: Double? = nil, h: Double? = nil, constraint: String? = nil, label: String = "",
                          pos: String? = nil, url: String = "pic.png") -> FlowNode {
        var node = Fixtures.node("A", label)
        node.image = NodeImage(url: url, width: w, height: h, constraint: constraint)
        node.labelPosition = pos
        return node
    }

    static func drawn(_ node: FlowNode, images: [String: ImageSource] = ["pic.png": picture]) -> GroupItem? {
        var diagram = FlowchartDiagram()
        diagram.nodes = [node]
        let frame = Fixtures.draw(diagram, options: FlowchartSceneOptions(images: images)).frame
        return Fixtures.groups(frame, "node").first
    }

    static func images(_ group: GroupItem) -> [ImageItem] {
        group.items.compactMap { if case .image(let i) = $0 { return i } else { return nil } }
    }

    @Test(arguments: [
        // (w, h, constraint, expected size): mermaid's w/h, aspect 2:1 filled in when one is missing.
        (nil, nil, nil, Size(width: 200, height: 100)),
        (80.0, nil, nil, Size(width: 80, height: 40)),
        (nil, 60.0, nil, Size(width: 120, height: 60)),
        (50.0, 50.0, nil, Size(width: 50, height: 50)),
        (50.0, 50.0, "on", Size(width: 100, height: 50)),
        (-5.0, 30.0, nil, Size(width: 60, height: 30)),
    ] as [(Double?, Double?, String?, Size)])
    func imageSize(w: Double?, h: Double?, constraint: String?, expected: Size) throws {
        let group = try #require(Self.drawn(Self.imageNode(w: w, h: h, constraint: constraint)))
        let image = try #require(Self.images(group).first)
        #expect(image.rect.size == expected)
        #expect(image.source == Self.picture)
    }

    @Test func labelGoesBelowOrAbove() throws {
        for (pos, below) in [(nil, true), ("b", true), ("t", false)] as [(String?, Bool)] {
            let group = try #require(Self.drawn(Self.imageNode(w: 80, label: "Caption", pos: pos)))
            let image = try #require(Self.images(group).first)
            let label = try #require(Fixtures.texts(group).first)
            #expect(label.plainText == "Caption")
            if below {
                #expect(label.box.minY >= image.rect.maxY + AssetNodeLayout.labelGap - 0.01, "pos \(pos ?? "nil")")
            } else {
                #expect(label.box.maxY <= image.rect.minY - AssetNodeLayout.labelGap + 0.01, "pos t")
            }
            #expect(abs(label.box.midX - image.rect.midX) < 0.01)
            #expect(!Fixtures.shapes(group, "label-background").isEmpty)
        }
    }

    @Test func missingPictureIsAPlaceholderOfTheAskedSize() throws {
        let group = try #require(Self.drawn(Self.imageNode(w: 60, h: 40, url: "https://example.com/x.png")))
        #expect(Self.images(group).isEmpty)
        let frame = try #require(Fixtures.shapes(group, "image-placeholder").first)
        #expect(frame.path.bounds.size == Size(width: 60, height: 40))
        let fallback = try #require(Self.drawn(Self.imageNode(url: "https://example.com/x.png")))
        #expect(Fixtures.shapes(fallback, "image-placeholder").first?.path.bounds.size == AssetNodeLayout.placeholderSize)
    }

    @Test func iconNodeDrawsTheGlyphInTheIconFont() throws {
        var node = Fixtures.node("A", "User Icon")
        node.icon = "fa:user"
        node.form = "square"
        node.assetHeight = 60
        let group = try #require(Self.drawn(node))
        let frame = try #require(Fixtures.shapes(group, "icon-frame").first)
        #expect(frame.path.bounds.size == Size(width: 60 + 2 * AssetNodeLayout.iconPadding, height: 60 + 2 * AssetNodeLayout.iconPadding))
        let glyph = try #require(Fixtures.texts(group).first { $0.tag.classes.contains("icon") })
        #expect(glyph.plainText == "\u{f007}")
        #expect(glyph.style.family == FontAwesome.family)
        #expect(glyph.style.size == 60)
        #expect(abs(glyph.box.midX - frame.path.bounds.midX) < 0.01 && abs(glyph.box.midY - frame.path.bounds.midY) < 0.01)
        #expect(glyph.style.color == FlowchartTheme.default.nodeStroke)
    }

    @Test func iconFormsAndUnknownIcons() throws {
        var node = Fixtures.node("A", "")
        node.icon = "fa:database"
        node.form = "circle"
        let circle = try #require(Self.drawn(node))
        let outline = try #require(Fixtures.shapes(circle, "icon-frame").first)
        #expect(outline.path.bounds.size.width == AssetNodeLayout.defaultIconSize + 2 * AssetNodeLayout.iconPadding)
        #expect(outline.path.elements.contains { if case .cubic = $0 { true } else { false } }, "a circle is curved")
        node.form = nil
        node.icon = "fa:nosuchicon"
        let bare = try #require(Self.drawn(node))
        #expect(Fixtures.shapes(bare, "icon-frame").isEmpty)
        #expect(Fixtures.texts(bare).isEmpty)
    }

    @Test func labelIconsBecomeCharacters() throws {
        var diagram = FlowchartDiagram()
        diagram.nodes = [Fixtures.node("A", "fa:fa-car Car fa:fa-nope")]
        let frame = Fixtures.draw(diagram).frame
        let group = try #require(Fixtures.groups(frame, "node").first)
        #expect(Fixtures.texts(group).first?.plainText == "\u{f1b9} Car fa:fa-nope")
    }
}
