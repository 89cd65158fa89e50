import Flowchart
import Foundation

/// A mermaid-cli configuration file (`-c config.json`): `theme`, `look`, `themeVariables`
/// and the `flowchart` settings Trellis uses. Other keys are accepted and ignored, as
/// mermaid ignores keys it does not know for a diagram type.
public struct MermaidConfigFile: Sendable, Equatable {
    var config = FlowchartConfig()

    /// Why a configuration file was not accepted.
    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Parses the JSON text of a mermaid configuration.
    public init(json text: String) throws(ParseError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw ParseError(description: "not valid JSON (\(error.localizedDescription))")
        }
        guard let root = object as? [String: Any] else {
            throw ParseError(description: "the top level must be a JSON object")
        }
        config.theme = root["theme"] as? String
        config.look = root["look"] as? String
        if let variables = root["themeVariables"] as? [String: Any] {
            for (key, value) in variables {
                if let text = Self.text(value) { config.themeVariables[key] = text }
            }
        }
        // mermaid's top-level fontFamily / fontSize, when themeVariables do not give them.
        for key in ["fontFamily", "fontSize"] where config.themeVariables[key] == nil {
            if let value = root[key].flatMap(Self.text) { config.themeVariables[key] = value }
        }
        let flowchart = root["flowchart"] as? [String: Any] ?? [:]
        config.curve = flowchart["curve"] as? String
        config.nodeSpacing = Self.number(flowchart["nodeSpacing"])
        config.rankSpacing = Self.number(flowchart["rankSpacing"])
        config.padding = Self.number(flowchart["padding"])
        config.wrappingWidth = Self.number(flowchart["wrappingWidth"])
        config.diagramPadding = Self.number(flowchart["diagramPadding"])
    }

    /// `base` with the diagram's own settings over it: whatever the diagram sets wins, and
    /// its theme variables are merged key by key over the file's.
    static func merged(_ diagram: FlowchartConfig, over base: FlowchartConfig) -> FlowchartConfig {
        var result = diagram
        result.theme = diagram.theme ?? base.theme
        result.look = diagram.look ?? base.look
        result.curve = diagram.curve ?? base.curve
        result.nodeSpacing = diagram.nodeSpacing ?? base.nodeSpacing
        result.rankSpacing = diagram.rankSpacing ?? base.rankSpacing
        result.padding = diagram.padding ?? base.padding
        result.wrappingWidth = diagram.wrappingWidth ?? base.wrappingWidth
        result.diagramPadding = diagram.diagramPadding ?? base.diagramPadding
        result.themeVariables = base.themeVariables.merging(diagram.themeVariables) { _, own in own }
        return result
    }

    private static func number(_ value: Any?) -> Double? {
        if let n = value as? NSNumber, !(value is Bool) { return n.doubleValue }
        if let s = value as? String { return Double(s) }
        return nil
    }

    private static func text(_ value: Any) -> String? {
        if let s = value as? String { return s }
        if let n = value as? NSNumber { return n.stringValue }
        return nil
    }
}
