import Diagnostics

extension FlowchartSyntax {
    /// A compact, indented text form of the tree with ranges as `line:col-line:col`,
    /// for tests and debugging.
    public func dump(in file: SourceFile) -> String {
        var printer = SyntaxPrinter(file: file)
        if let frontMatter { printer.config("front-matter", frontMatter) }
        for directive in directives { printer.config("directive", directive) }
        if let header {
            printer.line("header \(header.keyword) \(header.direction?.text ?? "-")", header.range)
        }
        for statement in statements { printer.statement(statement) }
        return printer.output
    }
}

/// Builds `FlowchartSyntax.dump` output.
private struct SyntaxPrinter {
    let file: SourceFile
    var output = ""
    var depth = 0

    init(file: SourceFile) {
        self.file = file
    }

    mutating func line(_ text: String, _ range: SourceRange) {
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        output += String(repeating: "  ", count: depth) + text + " @\(start)-\(end)\n"
    }

    mutating func config(_ kind: String, _ config: ConfigSyntax) {
        var parts = [kind]
        if let title = config.title { parts.append("title=\(quoted(title))") }
        if let theme = config.theme { parts.append("theme=\(theme)") }
        if let spacing = config.nodeSpacing { parts.append("nodeSpacing=\(spacing)") }
        if let spacing = config.rankSpacing { parts.append("rankSpacing=\(spacing)") }
        if let curve = config.curve { parts.append("curve=\(curve)") }
        if let look = config.look { parts.append("look=\(look)") }
        if let layout = config.layout { parts.append("layout=\(layout)") }
        for entry in config.themeVariables { parts.append("themeVariables.\(entry.key)=\(entry.value)") }
        if let value = config.padding { parts.append("padding=\(value)") }
        if let value = config.wrappingWidth { parts.append("wrappingWidth=\(value)") }
        if let value = config.diagramPadding { parts.append("diagramPadding=\(value)") }
        if let value = config.htmlLabels { parts.append("htmlLabels=\(value)") }
        line(parts.joined(separator: " "), config.range)
    }

    mutating func statement(_ statement: StatementSyntax) {
        switch statement {
        case .chain(let chain):
            line("chain", chain.range)
            depth += 1
            for (index, group) in chain.groups.enumerated() {
                if index > 0 { link(chain.links[index - 1]) }
                for node in group { self.node(node) }
            }
            depth -= 1
        case .subgraph(let subgraph):
            var text = "subgraph id=\(subgraph.id?.text ?? "-")"
            if let title = subgraph.title { text += " title=\(label(title))" }
            if !subgraph.classes.isEmpty { text += " classes=\(subgraph.classes.map(\.text).joined(separator: ","))" }
            line(text, subgraph.range)
            depth += 1
            for inner in subgraph.body { self.statement(inner) }
            depth -= 1
        case .direction(let word, let range):
            line("direction \(word.text)", range)
        case .classDef(let def):
            line("classDef \(def.names.map(\.text).joined(separator: ",")) \(declarations(def.declarations))", def.range)
        case .classAssignment(let assignment):
            line("class \(assignment.targets.map(\.text).joined(separator: ",")) "
                 + assignment.classes.map(\.text).joined(separator: ","), assignment.range)
        case .style(let style):
            line("style \(style.target.text) \(declarations(style.declarations))", style.range)
        case .linkStyle(let style):
            let which = style.indices.map { $0.map { String($0.value) }.joined(separator: ",") } ?? "default"
            let curve = style.interpolate.map { " interpolate=\($0.text)" } ?? ""
            line("linkStyle \(which)\(curve) \(declarations(style.declarations))", style.range)
        case .accessibilityTitle(let text, let range):
            line("accTitle \(quoted(text))", range)
        case .accessibilityDescription(let text, let range):
            line("accDescr \(quoted(text))", range)
        case .click(let click):
            var parts = ["click \(click.target.text)"]
            if let url = click.url { parts.append("url=\(quoted(url))") }
            if let callback = click.callback { parts.append("callback=\(callback)") }
            if let tooltip = click.tooltip { parts.append("tooltip=\(quoted(tooltip))") }
            if let target = click.linkTarget { parts.append("target=\(target)") }
            line(parts.joined(separator: " "), click.range)
        }
    }

    mutating func node(_ node: NodeSyntax) {
        var text = "node \(node.id.text)"
        if let shape = node.shape {
            text += " \(shape.kind.rawValue)"
            for property in shape.properties { text += " |\(property.key.text):\(property.value.text)|" }
            text += " \(label(shape.label))"
        }
        if let data = node.data {
            text += " @{" + data.map { "\($0.key.text): \(quoted($0.value.text))" }.joined(separator: ", ") + "}"
        }
        if !node.classes.isEmpty { text += " :::" + node.classes.map(\.text).joined(separator: ":::") }
        line(text, node.range)
    }

    mutating func link(_ link: LinkSyntax) {
        var text = "link"
        if let id = link.id { text += " id=\(id.text)" }
        text += " \(link.startHead.rawValue)-\(link.stroke.rawValue)-\(link.endHead.rawValue) length=\(link.length)"
        if let label = link.label { text += " label=\(self.label(label))" }
        line(text, link.range)
    }

    func label(_ label: LabelSyntax) -> String {
        (label.isMarkdown ? "md" : "") + quoted(label.text)
    }

    func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") + "\""
    }

    func declarations(_ list: [StyleDeclarationSyntax]) -> String {
        list.map { "\($0.property)=\($0.value)" }.joined(separator: ";")
    }
}
