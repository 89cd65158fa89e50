import Geometry
import Native
import Scene

/// Renders frames to PNG, PDF and SVG bytes with the fonts of one directory, and measures
/// text with exactly the layout settings it draws with.
public final class RenderEngine {
    /// The font files every engine needs; a missing one is an error, never a fallback.
    public static let requiredFontFiles = [
        "Inter-Regular.otf", "Inter-Bold.otf", "Inter-Italic.otf", "Inter-BoldItalic.otf",
        "JetBrainsMono-Regular.ttf",
    ]

    let fonts: FontLibrary
    let layouts: TextLayoutFactory

    /// Loads the fonts of `fontDirectory` (and no system font).
    public init(fontDirectory: String) throws(RenderError) {
        do {
            fonts = try FontLibrary(directory: fontDirectory, requiredFiles: Self.requiredFontFiles)
        } catch {
            throw RenderError(error)
        }
        layouts = TextLayoutFactory(fonts: fonts)
    }

    /// Loads the fonts `FontLocator` finds for the running executable.
    public convenience init() throws(RenderError) {
        try self.init(fontDirectory: FontLocator.locate())
    }

    /// The measurer to lay out frames with before rendering them with this engine.
    public var measurer: any TextMeasurer { PangoMeasurer(layouts: layouts) }

    /// Font family names available to frames rendered by this engine.
    public var fontFamilies: [String] { fonts.familyNames }

    /// The frame encoded in `format`. Same frame and options give the same bytes.
    public func render(_ frame: Frame, as format: OutputFormat,
                       options: RenderOptions = RenderOptions()) throws(RenderError) -> [UInt8] {
        switch format {
        case .png: try PNGBackend(layouts: layouts).render(frame, options: options)
        case .pdf: try PDFBackend(layouts: layouts).render(frame, options: options)
        case .svg: try SVGBackend(layouts: layouts).render(frame, options: options)
        }
    }
}
