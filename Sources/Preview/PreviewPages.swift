import Foundation

/// The HTML of the preview: the index and one page per diagram or deck, rendered from the
/// cached state so the first paint already shows the drawing and any error panel.
public enum PreviewPages {
    /// The index page listing every item.
    public static func index(_ states: [PreviewState]) -> String {
        var list = ""
        for state in states {
            let item = state.item
            var badge = ""
            if state.removed {
                badge = "<span class=\"bad\">removed</span>"
            } else if state.hasErrors {
                badge = "<span class=\"bad\">\(state.problems.filter { $0.severity == "error" }.count) error(s)</span>"
            }
            list += "<li><a href=\"/view/\(url(item.name))\">\(HTMLText.escaped(item.name))</a>"
                + "<span class=\"kind\">\(item.kind.rawValue)</span>\(badge)</li>\n"
        }
        if states.isEmpty { list = "<li>No diagrams or decks under the given paths.</li>" }
        return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trellis preview</title>
        <meta name="viewport" content="width=device-width,initial-scale=1"><style>\(PreviewAssets.css)</style></head>
        <body><header><span class="name">Trellis preview</span></header><main class="index"><ul>
        \(list)</ul></main><script>\(PreviewAssets.indexScript)</script></body></html>
        """
    }

    /// One item's page.
    public static func item(_ state: PreviewState) -> String {
        let item = state.item
        let name = HTMLText.escaped(item.name)
        let data = pageData(state)
        let controls = item.kind == .diagram
            ? "<button id=\"fit\" title=\"Fit the drawing to the window\">Fit</button><button id=\"actual\">100%</button>"
            : "<span class=\"hint\">←/→ slides</span>"
        return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(name)</title>
        <meta name="viewport" content="width=device-width,initial-scale=1"><style>\(PreviewAssets.css)</style></head>
        <body class="\(item.kind == .deck ? "slides" : "diagram")"><header><a href="/">◂ index</a>
        <span class="name">\(name)</span><span id="status"></span>\(controls)</header>
        <div id="stage"><div id="drawing">\(drawing(state))</div><pre id="problems" hidden></pre></div>
        <script type="application/json" id="page-data">\(data)</script>
        <script>\(PreviewAssets.script)</script></body></html>
        """
    }

    /// A diagram's SVG inline; a deck's slides as images (inline SVGs would share ids).
    static func drawing(_ state: PreviewState) -> String {
        guard state.item.kind == .deck else { return state.pages.joined() }
        return state.pages.indices.map { index in
            "<img class=\"slide\" alt=\"slide \(index + 1)\" src=\"/svg/\(url(state.item.name))?page=\(index)&amp;v=\(state.version)\">"
        }.joined()
    }

    /// The state as JSON for `/state/…` (with the pages) or for the page's bootstrap (without).
    /// One item's state as JSON, as `/state/NAME` serves it.
    public static func json(_ state: PreviewState, includingPages: Bool = true) -> String {
        let body = StateJSON(name: state.item.name, url: url(state.item.name), kind: state.item.kind.rawValue,
                             version: state.version, removed: state.removed,
                             pages: includingPages ? state.pages : [], problems: state.problems)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = (try? encoder.encode(body)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // Safe inside <script>: no "</" can close the element.
        return text.replacingOccurrences(of: "</", with: "<\\/")
    }

    private static func pageData(_ state: PreviewState) -> String {
        let initial = json(state, includingPages: false)
        let page = json(state, includingPages: false).dropLast()
        return page + ",\"initial\":" + initial + "}"
    }

    /// The item's name as used after `/view/`, `/svg/` and `/state/` (no leading slash).
    static func url(_ name: String) -> String {
        HTMLText.urlPath(name.hasPrefix("/") ? String(name.dropFirst()) : name)
    }

    private struct StateJSON: Encodable {
        var name: String
        var url: String
        var kind: String
        var version: Int
        var removed: Bool
        var pages: [String]
        var problems: [PreviewProblem]
    }
}
