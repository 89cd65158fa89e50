import Diagnostics
import Geometry
import Native
import Scene

extension SlideLayouter {
    /// `source` with the filters of its alt text applied (`![sepia blur:2px](x.png)`): the
    /// pixels of a PNG or JPEG are filtered and drawn as a PNG. What cannot be applied (an SVG,
    /// a value Marp would reject) is a warning at the image, and the image draws unfiltered.
    mutating func filtered(_ source: ImageSource, url: String, node: MarkdownNode) -> ImageSource {
        let spec = ImageSpec(alt: node.plainText)
        for word in spec.badFilters {
            report(.warning("deck.image-filter", "image filter '\(word)' has a value Trellis cannot read; it is not applied",
                            at: locator.range(of: node),
                            hint: "write amounts as 0.5 or 50%, lengths as 4px, angles as 90deg"))
        }
        guard !spec.filters.isEmpty else { return source }
        guard source.format != .svg else {
            report(.warning("deck.image-filter", "image filters apply to PNG and JPEG images; '\(url)' is SVG and draws unfiltered",
                            at: locator.range(of: node), hint: "export the picture as PNG to filter it"))
            return source
        }
        do {
            let format: DecodedImage.Format = source.format == .png ? .png : .jpeg
            var pixels = FilteredPixels(try PixelImage(decoding: source.bytes, format: format))
            for filter in spec.filters { pixels.apply(filter) }
            let image = pixels.image
            return ImageSource(bytes: try image.pngBytes(), format: .png,
                               naturalSize: source.naturalSize ?? Size(width: Double(image.width), height: Double(image.height)))
        } catch {
            report(.warning("deck.image-filter", "cannot filter '\(url)': \(error); it draws unfiltered",
                            at: locator.range(of: node), hint: "check that the file is a complete PNG or JPEG"))
            return source
        }
    }
}
