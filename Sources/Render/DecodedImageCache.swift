import Native
import Scene

/// Decoded images of one rendering, so a picture used many times is decoded once (and, being
/// one Cairo surface, written once into a PDF).
final class DecodedImageCache {
    private var decoded: [ImageSource: DecodedImage] = [:]

    func image(_ source: ImageSource) throws(NativeError) -> DecodedImage {
        if let image = decoded[source] { return image }
        let image = try DecodedImage(bytes: source.bytes, format: CairoFrameRenderer.format(source.format))
        decoded[source] = image
        return image
    }
}
