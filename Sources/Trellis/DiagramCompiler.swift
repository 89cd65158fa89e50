import Diagnostics
import Flowchart
import FlowchartScene
import LayeredLayout
import Render
import Scene

/// A compiled diagram: the drawing when the source had no errors, and every diagnostic.
public struct DiagramCompilation: Sendable {
    public var source: SourceFile
    public var frame: Frame?
    public var diagnostics: [Diagnostic]
}

/// Why a compile-and-render request failed outside the diagram's own diagnostics.
public enum TrellisError: Error, Equatable, CustomStringConvertible {
    case render(RenderError)
    /// A limit was passed (output image size): the diagnostic says which and the flag to raise it.
    case limitExceeded(Diagnostic)

    public var description: String {
        switch self {
        case .render(.fontDirectoryMissing(let path)):
            return "font directory not found: \(path) (set TRELLIS_FONTS_DIR or keep fonts/ beside the executable)"
        case .render(.fontFileMissing(let path)):
            return "font file missing: \(path)"
        case .render(.backendFailed(let reason)):
            return "rendering failed: \(reason)"
        case .render(.writeFailed(let path, let reason)):
            return "cannot write \(path): \(reason)"
        case .limitExceeded(let diagnostic):
            return "\(diagnostic.message) [\(diagnostic.id)]" + (diagnostic.hint.map { "\n  hint: \($0)" } ?? "")
        }
    }
}

/// The facade over the whole pipeline: Mermaid text -> model -> scene -> PNG/PDF/SVG bytes.
/// One instance owns the fonts and the native engine; reuse it for many diagrams.
public final class DiagramCompiler {
    private let engine: RenderEngine

    /// Loads the fonts from `fontDirectory` (see `FontLocator`).
    public init(fontDirectory: String) throws(TrellisError) {
        do {
            engine = try RenderEngine(fontDirectory: fontDirectory)
        } catch {
            throw .render(error)
        }
    }

    /// Parses, checks, lays out and draws a diagram. Never throws: problems are diagnostics.
    public func compile(_ source: SourceFile, options: DiagramOptions = DiagramOptions()) -> DiagramCompilation {
        compileTimed(source, options: options).compilation
    }

    /// `compile`, also returning how long each stage took: parsing and checking, each layout
    /// pass, and the rest of the scene (measuring text, shapes, edges). For `--timings`.
    public func compileTimed(_ source: SourceFile, options: DiagramOptions = DiagramOptions())
        -> (compilation: DiagramCompilation, timings: [StageTiming]) {
        let clock = ContinuousClock()
        var timings: [StageTiming] = []
        let parseStart = clock.now
        let tooBig = LimitsCheck.check(source, limits: options.limits, subject: "diagram")
        guard tooBig.isEmpty else { return (DiagramCompilation(source: source, frame: nil, diagnostics: tooBig), timings) }
        var (compiled, diagnostics) = FlowchartCompiler.compile(source)
        if let diagram = compiled { diagnostics += LimitsCheck.check(diagram, limits: options.limits) }
        var images: [String: ImageSource] = [:]
        if let diagram = compiled, !diagnostics.hasErrors, diagram.nodes.contains(where: { $0.image != nil }) {
            let base = NodeImageLoader.baseDirectory(options.baseDirectory, source: source)
            let loaded = NodeImageLoader.load(diagram, baseDirectory: base,
                                              policy: options.fileAccess ?? FileAccessPolicy(root: base),
                                              limits: options.limits)
            images = loaded.images
            diagnostics += loaded.diagnostics
        }
        timings.append(StageTiming(stage: "parse and check", duration: clock.now - parseStart))
        guard var diagram = compiled, !diagnostics.hasErrors else {
            return (DiagramCompilation(source: source, frame: nil, diagnostics: diagnostics), timings)
        }
        if let file = options.configFile {
            diagram.config = MermaidConfigFile.merged(diagram.config, over: file.config)
        }
        var passes: [LayoutPassTiming] = []
        let sceneStart = clock.now
        let drawing = FlowchartSceneBuilder.draw(
            diagram, measurer: engine.measurer, options: FlowchartSceneOptions(theme: options.theme, images: images),
            layoutEngine: { graph in
                let (result, measured) = LayeredPipeline.measured(graph)
                passes = measured
                return result
            })
        let sceneTotal = clock.now - sceneStart
        let layoutTotal = passes.reduce(Duration.zero) { $0 + $1.duration }
        timings += passes.map { StageTiming(stage: "layout: \($0.pass)", duration: $0.duration) }
        timings.append(StageTiming(stage: "scene (text, shapes, edges)", duration: sceneTotal - layoutTotal))
        return (DiagramCompilation(source: source, frame: drawing.frame, diagnostics: diagnostics), timings)
    }

    /// Encodes a drawing in one format.
    public func render(_ frame: Frame, as format: OutputFormat, options: DiagramOptions = DiagramOptions()) throws(TrellisError) -> [UInt8] {
        var placed = FrameFitting.fitted(frame, width: options.fitWidth, height: options.fitHeight)
        if format == .pdf, let paper = options.paper {
            placed = FrameFitting.onPaper(placed, paper: paper, landscape: options.landscape)
        }
        if format == .png {
            let width = LimitsCheck.pixels(placed.size.width * options.scale)
            let height = LimitsCheck.pixels(placed.size.height * options.scale)
            if let over = LimitsCheck.checkImage(width: width, height: height, limits: options.limits,
                                                 subject: "the PNG (\(width) × \(height) px)").first {
                throw .limitExceeded(over)
            }
        }
        do {
            let bytes = try engine.render(placed, as: format, options: RenderOptions(
                scale: options.scale, background: options.background, sourceDateEpoch: options.sourceDateEpoch))
            return format == .png ? PNGResolution.stamped(bytes, dotsPerInch: 96 * options.scale) : bytes
        } catch {
            throw .render(error)
        }
    }
}
