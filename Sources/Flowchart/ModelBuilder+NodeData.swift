import Foundation
import Diagnostics
import MermaidSyntax

extension ModelBuilder {
    /// `A@{ shape: …, label: …, icon: …, img: …, … }`, with Mermaid's rules: shape names are
    /// lowercase, an icon or image without a label has no text.
    mutating func applyNodeData(_ entries: [DataEntrySyntax], to index: Int, range: SourceRange) {
        var labelGiven = false
        var image: NodeImage?
        for entry in entries {
            let value = entry.value.text
            switch entry.key.text {
            case "shape":
                applyShapeName(value, range: entry.value.range, to: index)
            case "label":
                labelGiven = !value.trimmingCharacters(in: .whitespaces).isEmpty
                // mermaid.js renders `@{ label: … }` as markdown unless `labelType` says otherwise.
                let labelType = entries.first { $0.key.text == "labelType" }?.value.text
                relabel(index, FlowLabel(value, isMarkdown: labelType != "string" && labelType != "text"),
                        range: entry.value.range)
            case "labelType":
                if !["markdown", "string", "text"].contains(value) {
                    diagnostics.append(.warning("mermaid.unknown-label-type", "unknown labelType '\(value)'",
                                                at: entry.value.range,
                                                hint: "use markdown, string or text; Mermaid treats others as markdown"))
                }
            case "icon":
                diagram.nodes[index].icon = value
                diagram.nodes[index].iconRange = entry.value.range
            case "img":
                image = NodeImage(url: value, range: entry.value.range)
            case "form":
                diagram.nodes[index].form = value
            case "pos":
                diagram.nodes[index].labelPosition = value
            case "w":
                diagram.nodes[index].assetWidth = number(value, entry)
            case "h":
                diagram.nodes[index].assetHeight = number(value, entry)
            case "constraint":
                break
            default:
                diagnostics.append(.warning("mermaid.unknown-node-key", "unknown node data key '\(entry.key.text)' is ignored",
                                            at: entry.key.range,
                                            hint: "node data keys are shape, label, labelType, icon, form, pos, img, w, h and constraint"))
            }
        }
        if var image {
            image.width = diagram.nodes[index].assetWidth
            image.height = diagram.nodes[index].assetHeight
            image.constraint = entries.first { $0.key.text == "constraint" }?.value.text
            diagram.nodes[index].image = image
        }
        let node = diagram.nodes[index]
        if (node.icon != nil || node.image != nil), !labelGiven, node.label.text == node.id {
            diagram.nodes[index].label = FlowLabel("")
        }
    }

    private mutating func number(_ text: String, _ entry: DataEntrySyntax) -> Double? {
        guard let value = Double(text) else {
            // mermaid.js accepts it and gets NaN: the size is ignored.
            diagnostics.append(.warning("mermaid.invalid-size", "'\(entry.key.text)' must be a number, got '\(text)'; it is ignored",
                                        at: entry.value.range, hint: "write a size in pixels, e.g. '\(entry.key.text): 60'"))
            return nil
        }
        return value
    }

    private mutating func applyShapeName(_ name: String, range: SourceRange, to index: Int) {
        if name == name.lowercased(), !name.contains("_"), let shape = NodeShapeNames.shape(named: name) {
            diagram.nodes[index].shape = shape
            if NodeShapeNames.isUndocumented(name) {
                diagnostics.append(.warning("mermaid.undocumented-shape",
                                            "shape '\(name)' is not in Mermaid's documented shape table",
                                            at: range, hint: "it is drawn as '\(NodeShapeNames.shortName(of: shape))'; "
                                                + "write that name to say so"))
            }
            return
        }
        let suggestions = NodeShapeNames.suggestions(for: name)
        let quoted = suggestions.map { "'\($0)'" }
        let hint: String
        if name != name.lowercased() || name.contains("_"), suggestions.first == name.lowercased()
            .replacingOccurrences(of: "_", with: "-") {
            hint = "shape names are lowercase with '-': write \(quoted[0])"
        } else if quoted.isEmpty {
            hint = "see the shape table in the README (e.g. rect, rounded, diam, cyl, doc)"
        } else {
            hint = "did you mean \(quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? ""))?"
        }
        diagnostics.append(.error("mermaid.unknown-shape", "unknown shape '\(name)'", at: range, hint: hint))
    }

    /// Sets a node's label, warning when an earlier explicit label said something else.
    mutating func relabel(_ index: Int, _ label: FlowLabel, range: SourceRange) {
        if let first = explicitLabels[index], first.label.text != label.text {
            diagnostics.append(.warning("mermaid.relabelled-node",
                                        "node '\(diagram.nodes[index].id)' is given a second, different text",
                                        at: range,
                                        hint: "the last text wins; give the node its text once and refer to it by id",
                                        notes: [.init("first text given here", range: first.range)]))
        } else if explicitLabels[index] == nil {
            explicitLabels[index] = (label, range)
        }
        diagram.nodes[index].label = label
    }
}
