import Diagnostics
import Flowchart
import Foundation
import Render
import Scene

/// Reads the local pictures of image nodes (`@{ img: "logo.png" }`), relative to a base
/// directory. Remote URLs are skipped (the model builder already warned: never fetched).
enum NodeImageLoader {
    /// Pictures by `img` value, and an error for each file missing or unreadable.
    static func load(_ diagram: FlowchartDiagram, baseDirectory: String) -> (images: [String: ImageSource], diagnostics: [Diagnostic]) {
        var images: [String: ImageSource] = [:]
        var failed: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for node in diagram.nodes {
            guard let image = node.image, !image.isRemote, !image.url.isEmpty,
                  images[image.url] == nil, !failed.contains(image.url) else { continue }
            let path = image.url.hasPrefix("/") ? image.url : baseDirectory + "/" + image.url
            let range = image.range ?? node.range
            guard let data = FileManager.default.contents(atPath: path) else {
                failed.insert(image.url)
                diagnostics.append(.error("trellis.image-not-found", "image file '\(image.url)' not found",
                                          at: range, hint: "paths are relative to the diagram's directory (\(baseDirectory))"))
                continue
            }
            do {
                images[image.url] = try ImageSourceReader.source(from: Array(data))
            } catch {
                failed.insert(image.url)
                let reason = if case .backendFailed(let message) = error { message } else { "\(error)" }
                diagnostics.append(.error("trellis.image-unreadable", "image file '\(image.url)' cannot be read: \(reason)",
                                          at: range, hint: "use a PNG, JPEG or SVG file"))
            }
        }
        return (images, diagnostics)
    }

    /// The directory image paths are relative to: the given one, else the source file's own
    /// directory when its name is a path, else the working directory.
    static func baseDirectory(_ given: String?, source: SourceFile) -> String {
        if let given { return given }
        let directory = URL(fileURLWithPath: source.name).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if source.name != "<stdin>", FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
           isDirectory.boolValue {
            return directory
        }
        return FileManager.default.currentDirectoryPath
    }
}
