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
        // Fallbacks for what Inter lacks (see FontFallback): Arabic, Hebrew, CJK, colour emoji,
        // symbols (and emoji the colour font lacks).
        "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "DroidSansFallbackFull.ttf", "NotoColorEmoji.ttf",
        "Symbola.ttf",
        // Font Awesome 4.7: `fa:` icons in labels and icon nodes.
        "fontawesome-webfont.ttf",
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

    /// How many characters of `spans` no bundled font can draw (each would show as a box).
    public func missingGlyphCount(_ spans: [TextSpan], style: TextStyle) -> Int {
        (try? layouts.layout(spans, style: style, width: nil, alignment: .left).unknownGlyphCount) ?? 0
    }

    /// The font families that draw `spans`: the style's family, then any fallback it needed.
    public func fontFamilies(drawing spans: [TextSpan], style: TextStyle) -> [String] {
        (try? layouts.layout(spans, style: style, width: nil, alignment: .left).usedFamilies) ?? []
    }

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
