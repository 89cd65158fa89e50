import Foundation
import Geometry
import Render
import Scene

/// A small three-page deck-like document, and the poppler/qpdf tools that read PDFs back.
enum DocumentFixtures {
    static func slide(_ title: String, body: String, link: Link? = nil, size: Size = Size(width: 1280, height: 720)) -> Frame {
        var items: [Item] = [
            .text(TextItem(spans: [TextSpan(title, bold: true)], style: TextStyle(size: 48),
                           box: Rect(x: 80, y: 60, width: 1100, height: 70))),
            .text(TextItem(spans: [TextSpan(body)], style: TextStyle(size: 28),
                           box: Rect(x: 80, y: 200, width: 1100, height: 300), wraps: true)),
        ]
        if let link {
            items.append(.group(GroupItem([
                .shape(ShapeItem(path: .rect(Rect(x: 80, y: 560, width: 300, height: 60)), fill: Color(rgb: 0x3366CC))),
                .text(TextItem(spans: [TextSpan(link.url)], style: TextStyle(size: 24, color: .white),
                               box: Rect(x: 90, y: 572, width: 280, height: 40))),
            ], link: link)))
        }
        return Frame(size: size, background: .white, items: items)
    }

    static var document: Document {
        Document(
            pages: [
                Page(frame: slide("Welcome", body: "Jump to the details", link: Link(url: "#details")),
                     anchors: [PageAnchor(name: "welcome")], notes: "Say hello (and smile)."),
                Page(frame: slide("Details", body: "See https://example.com", link: Link(url: "https://example.com/x")),
                     anchors: [PageAnchor(name: "details"), PageAnchor(name: "details-more", y: 400)],
                     notes: "Zweite Folie: Grüße ✓\nline two"),
                Page(frame: slide("Square", body: "A 4:3 page", link: Link(url: "#odd name'(x)"),
                                  size: Size(width: 960, height: 720)),
                     anchors: [PageAnchor(name: "odd name'(x)", y: 100)]),
            ],
            outline: [
                OutlineEntry(title: "Welcome", level: 1, pageIndex: 0),
                OutlineEntry(title: "Details", level: 1, pageIndex: 1),
                OutlineEntry(title: "More détails", level: 2, pageIndex: 1, y: 400),
                OutlineEntry(title: "Square (4:3) \\ end", level: 1, pageIndex: 2),
            ],
            metadata: DocumentMetadata(title: "Handoff deck", author: "Ada Lovelace", subject: "Architecture",
                                       keywords: ["trellis", "deck"], language: "en-GB"))
    }

    /// Runs a tool with the given arguments; nil when it is not installed.
    static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, stdout: String, stderr: String)? {
        let paths = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
        guard let path = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
