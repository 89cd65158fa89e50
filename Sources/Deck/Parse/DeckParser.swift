import Diagnostics
import Native

/// Reads a Marp deck (Marpit Markdown) into a `DeckDocument`: front matter, slide
/// splitting, global/local/spot directives, speaker notes, style sheets and emoji.
/// Never throws; problems come back as diagnostics located in the deck file.
///
/// Order of work, as in Marpit: front matter, then every comment's global directives
/// (the last value wins, wherever it is written), then splitting (`---` and
/// `headingDivider`), then each slide's local (`key`) and spot (`_key`) directives.
/// `<!-- fit -->` inside a heading stays in the heading as an `htmlInline` child.
public enum DeckParser {
    /// Parses the deck in `file`. Diagnostics come front matter first, then comments in
    /// document order, then styles in document order.
    public static func parse(_ file: SourceFile) -> (DeckDocument, [Diagnostic]) {
        let map = DeckTextMap(file: file)
        var diagnostics: [Diagnostic] = []
        var globals = DeckGlobals()
        var carried = LocalDirectives()
        var firstSpot = LocalDirectives()

        let frontMatter = FrontMatter.find(in: file)
        if let frontMatter {
            for entry in readFrontMatter(frontMatter, map: map, diagnostics: &diagnostics) {
                switch DirectiveCatalog.kind(of: entry.key) {
                case .global(let name): diagnostics += globals.apply(name, entry)
                case .local(let name): diagnostics += carried.set(name, entry)
                case .spot(let name): diagnostics += firstSpot.set(name, entry)
                case .globalAsSpot, .unknown: diagnostics.append(CommentClassifier.unknownDirective(entry))
                }
            }
        }

        let root = MarkdownParser.parse(FrontMatter.blanking(frontMatter, in: file))
        let blocks = SlideSplitter.relocatingFootnotes(root.children)
        let scan = CommentScan(blocks: blocks, map: map)
        diagnostics += scan.diagnostics
        for (_, meaning) in scan.comments {
            guard case .directives(let entries) = meaning else { continue }
            for entry in entries {
                if case .global(let name) = DirectiveCatalog.kind(of: entry.key) {
                    diagnostics += globals.apply(name, entry)
                }
            }
        }

        var document = DeckDocument(metadata: globals.metadata, size: globals.size,
                                    headingDivider: globals.headingDivider, math: globals.math)
        if let style = globals.style {
            let parsed = StyleSheetParser(map: map, firstLine: style.firstLine).parse(style.css)
            document.styles += parsed.rules
            diagnostics += parsed.diagnostics
        }
        let pieces = SlideSplitter.split(blocks, headingDivider: globals.headingDivider, firstLine: frontMatter?.bodyLine ?? 1)
        for (index, piece) in pieces.enumerated() {
            let content = SlideContent(blocks: piece.blocks, meanings: scan.meanings, map: map)
            var spot = index == 0 ? firstSpot : LocalDirectives()
            for entry in content.directives {
                switch DirectiveCatalog.kind(of: entry.key) {
                case .local(let name): diagnostics += carried.set(name, entry)
                case .spot(let name): diagnostics += spot.set(name, entry)
                default: break
                }
            }
            var slide = Slide(index: index, line: piece.line, blocks: content.blocks,
                              directives: carried.overlaid(by: spot).resolved(theme: globals.theme), notes: content.notes)
            for range in content.unclosedStyles {
                diagnostics.append(.error("deck.unclosed-style", "'<style>' is never closed", at: range,
                                          hint: "close it with '</style>'; until then the rest of the deck is read as CSS"))
            }
            for style in content.styles {
                let parsed = StyleSheetParser(map: map, firstLine: style.firstLine).parse(style.css)
                if style.scoped { slide.scopedStyles += parsed.rules } else { document.styles += parsed.rules }
                diagnostics += parsed.diagnostics
            }
            document.slides.append(slide)
        }
        return (document, diagnostics)
    }

    private static func readFrontMatter(_ frontMatter: FrontMatter, map: DeckTextMap, diagnostics: inout [Diagnostic]) -> [DirectiveEntry] {
        switch DirectiveYAML(map: map, origin: frontMatter.yamlOffset).read(frontMatter.yaml) {
        case .entries(let entries):
            return entries
        case .notAMapping where !frontMatter.yaml.allSatisfy(\.isWhitespace) && !frontMatter.hasYAMLContent:
            // Only YAML comments, such as `# Title`: most likely the first `---` was meant
            // as a slide break, and the first slide's Markdown vanished into front matter.
            diagnostics.append(.warning("deck.empty-front-matter", "the front matter holds no directives; its lines are not shown",
                                        at: .at(frontMatter.yamlOffset),
                                        hint: "a deck that starts with '---' has front matter up to the next '---'; remove the first '---' if it was meant as a slide break"))
            return []
        case .notAMapping:
            if !frontMatter.yaml.allSatisfy(\.isWhitespace) {
                diagnostics.append(.error("deck.bad-yaml", "the front matter is not a YAML mapping of directives",
                                          at: .at(frontMatter.yamlOffset), hint: "write one 'key: value' per line"))
            }
            return []
        case .invalid(let problem, let range):
            diagnostics.append(.error("deck.bad-yaml", "the front matter is not valid YAML: \(problem)", at: range,
                                      hint: "check quotes, colons and indentation"))
            return []
        }
    }
}
