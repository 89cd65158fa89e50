import Native
import Scene

/// PNG output: an ARGB32 Cairo image at `options.scale` pixels per unit.
struct PNGBackend {
    let layouts: TextLayoutFactory

    func render(_ frame: Frame, options: RenderOptions) throws(RenderError) -> [UInt8] {
        guard options.scale.isFinite, options.scale > 0 else {
            throw .backendFailed("scale must be a positive number, got \(options.scale)")
        }
        let width = Self.pixels(frame.size.width, scale: options.scale)
        let height = Self.pixels(frame.size.height, scale: options.scale)
        do {
            let surface = try ImageSurface(pixelWidth: width, pixelHeight: height)
            let canvas = try surface.makeCanvas()
            canvas.scale(by: options.scale)
            try CairoFrameRenderer(layouts: layouts, canvas: canvas)
                .draw(frame, background: options.background ?? frame.background)
            return try surface.pngBytes()
        } catch {
            throw RenderError(error)
        }
    }

    /// Whole pixels covering `length` units (at least one).
    static func pixels(_ length: Double, scale: Double) -> Int {
        let exact = length * scale
        guard exact.isFinite, exact > 0 else { return 1 }
        // The epsilon keeps float noise (200.0000001) from adding a pixel column.
        return max(1, Int((min(exact, 1e6) - 1e-6).rounded(.up)))
    }
}
