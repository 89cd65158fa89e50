import Diagnostics
import Flowchart
import Foundation
import Render
import Scene

/// Reads the local pictures of image nodes (`@{ img: "logo.png" }`), relative to a base
/// directory. Remote URLs are skipped (the model builder already warned: never fetched).
enum NodeImageLoader {
    /// Pictures by `img` value, and an error for each file missing, unreadable, outside what
    /// `policy` allows, or past the image limits.
    static func load(_ diagram: FlowchartDiagram, baseDirectory: String, policy: FileAccessPolicy,
                     limits: Limits = .standard) -> (images: [String: ImageSource], diagnostics: [Diagnostic]) {
        var images: [String: ImageSource] = [:]
        var failed: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for node in diagram.nodes {
            guard let image = node.image, !image.isRemote, !image.url.isEmpty,
                  images[image.url] == nil, !failed.contains(image.url) else { continue }
            let range = image.range ?? node.range
            let path: String
            switch policy.decide(image.url, relativeTo: baseDirectory) {
            case .allowed(let resolved): path = resolved
            case .remote: continue
            case .outsideRoot(let resolved):
                failed.insert(image.url)
                diagnostics.append(policy.refusal(image.url, resolvedTo: resolved, at: range))
                continue
            }
            if Self.isSpecialFile(path) {
                failed.insert(image.url)
                diagnostics.append(.error("trellis.image-unreadable", "image '\(image.url)' is not a regular file",
                                          at: range, hint: "use a PNG, JPEG or SVG file"))
                continue
            }
            if let size = Self.fileSize(path), size > limits.imageBytes {
                failed.insert(image.url)
                diagnostics += LimitsCheck.checkImage(width: 0, height: 0, bytes: size, limits: limits,
                                                      subject: "image file '\(image.url)'", at: range)
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                failed.insert(image.url)
                diagnostics.append(.error("trellis.image-not-found", "image file '\(image.url)' not found",
                                          at: range, hint: "paths are relative to the diagram's directory (\(baseDirectory))"))
                continue
            }
            do {
                let source = try ImageSourceReader.source(from: Array(data))
                let tooBig = LimitsCheck.checkImage(width: LimitsCheck.pixels(source.naturalSize?.width ?? 0),
                                                    height: LimitsCheck.pixels(source.naturalSize?.height ?? 0),
                                                    limits: limits, subject: "image file '\(image.url)'", at: range)
                guard tooBig.isEmpty else {
                    failed.insert(image.url)
                    diagnostics += tooBig
                    continue
                }
                images[image.url] = source
            } catch {
                failed.insert(image.url)
                let reason = if case .backendFailed(let message) = error { message } else { "\(error)" }
                diagnostics.append(.error("trellis.image-unreadable", "image file '\(image.url)' cannot be read: \(reason)",
                                          at: range, hint: "use a PNG, JPEG or SVG file"))
            }
        }
        return (images, diagnostics)
    }

    /// Whether the path exists and is not a regular file (a FIFO or device would block or
    /// never end when read; a directory fails anyway).
    static func isSpecialFile(_ path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else { return false }
        return type != .typeRegular
    }

    /// The size of an existing file.
    static func fileSize(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (attributes[.size] as? NSNumber)?.intValue
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
