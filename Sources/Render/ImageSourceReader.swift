import Geometry
import Native
import Scene

/// Turns image file bytes into an `ImageSource`: the format from the bytes' signature, the
/// natural size from decoding them (so a corrupt file is found before any drawing).
public enum ImageSourceReader {
    public static func source(from bytes: [UInt8]) throws(RenderError) -> ImageSource {
        guard let format = DecodedImage.sniffFormat(bytes) else {
            throw .backendFailed("image: not a PNG, JPEG or SVG file")
        }
        do {
            let image = try DecodedImage(bytes: bytes, format: format)
            let sceneFormat: ImageSource.Format = switch format {
            case .png: .png
            case .jpeg: .jpeg
            case .svg: .svg
            }
            return ImageSource(bytes: bytes, format: sceneFormat, naturalSize: image.naturalSize)
        } catch {
            throw RenderError(error)
        }
    }
}
