import CPangoCairo
import Glibc

/// librsvg and gdk-pixbuf, opened with `dlopen` the first time an SVG or JPEG is decoded.
///
/// They are not linked: together they pull some ten shared libraries (libxml2, ICU, gio's
/// helpers, libjpeg) into every start of the process, and most runs (a diagram without
/// pictures, a no-change `trellis build`) never decode an image. Only the functions Trellis
/// calls are looked up; a missing library or symbol is an error naming the package.
struct ImageLibraries: @unchecked Sendable {
    typealias Handle = OpaquePointer
    typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<GError>?>?

    // librsvg
    let svgNewFromData: @convention(c) (UnsafePointer<UInt8>?, Int, ErrorOut) -> Handle?
    let svgSetDPI: @convention(c) (Handle, Double) -> Void
    let svgIntrinsicSizeInPixels: @convention(c) (Handle, UnsafeMutablePointer<Double>?,
                                                  UnsafeMutablePointer<Double>?) -> Int32
    let svgIntrinsicDimensions: @convention(c) (Handle, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
                                                UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
                                                UnsafeMutablePointer<Int32>?, UnsafeMutableRawPointer?) -> Void
    let svgRenderDocument: @convention(c) (Handle, OpaquePointer?, UnsafeRawPointer?, ErrorOut) -> Int32

    // gdk-pixbuf
    let loaderNewWithType: @convention(c) (UnsafePointer<CChar>?, ErrorOut) -> Handle?
    let loaderWrite: @convention(c) (Handle, UnsafePointer<UInt8>?, Int, ErrorOut) -> Int32
    let loaderClose: @convention(c) (Handle, ErrorOut) -> Int32
    let loaderGetPixbuf: @convention(c) (Handle) -> Handle?
    let pixbufWidth: @convention(c) (Handle) -> Int32
    let pixbufHeight: @convention(c) (Handle) -> Int32
    let pixbufChannels: @convention(c) (Handle) -> Int32
    let pixbufRowstride: @convention(c) (Handle) -> Int32
    let pixbufBitsPerSample: @convention(c) (Handle) -> Int32
    let pixbufReadPixels: @convention(c) (Handle) -> UnsafePointer<UInt8>?

    /// The shared libraries by soname, with the Debian package that installs each.
    static let rsvgLibrary = (soname: "librsvg-2.so.2", package: "librsvg2-2")
    static let pixbufLibrary = (soname: "libgdk_pixbuf-2.0.so.0", package: "libgdk-pixbuf-2.0-0")

    /// Loaded once per process; the error is kept so every decode reports it.
    static let shared: Result<ImageLibraries, NativeError> = Result(catching: { () throws(NativeError) -> ImageLibraries in
        try load()
    })

    /// The loaded libraries, or the reason they are unavailable.
    static func get() throws(NativeError) -> ImageLibraries {
        switch shared {
        case .success(let libraries): return libraries
        case .failure(let error): throw error
        }
    }

    private static func load() throws(NativeError) -> ImageLibraries {
        let rsvg = try open(rsvgLibrary)
        let pixbuf = try open(pixbufLibrary)
        return ImageLibraries(
            svgNewFromData: try symbol(rsvg, "rsvg_handle_new_from_data", rsvgLibrary),
            svgSetDPI: try symbol(rsvg, "rsvg_handle_set_dpi", rsvgLibrary),
            svgIntrinsicSizeInPixels: try symbol(rsvg, "rsvg_handle_get_intrinsic_size_in_pixels", rsvgLibrary),
            svgIntrinsicDimensions: try symbol(rsvg, "rsvg_handle_get_intrinsic_dimensions", rsvgLibrary),
            svgRenderDocument: try symbol(rsvg, "rsvg_handle_render_document", rsvgLibrary),
            loaderNewWithType: try symbol(pixbuf, "gdk_pixbuf_loader_new_with_type", pixbufLibrary),
            loaderWrite: try symbol(pixbuf, "gdk_pixbuf_loader_write", pixbufLibrary),
            loaderClose: try symbol(pixbuf, "gdk_pixbuf_loader_close", pixbufLibrary),
            loaderGetPixbuf: try symbol(pixbuf, "gdk_pixbuf_loader_get_pixbuf", pixbufLibrary),
            pixbufWidth: try symbol(pixbuf, "gdk_pixbuf_get_width", pixbufLibrary),
            pixbufHeight: try symbol(pixbuf, "gdk_pixbuf_get_height", pixbufLibrary),
            pixbufChannels: try symbol(pixbuf, "gdk_pixbuf_get_n_channels", pixbufLibrary),
            pixbufRowstride: try symbol(pixbuf, "gdk_pixbuf_get_rowstride", pixbufLibrary),
            pixbufBitsPerSample: try symbol(pixbuf, "gdk_pixbuf_get_bits_per_sample", pixbufLibrary),
            pixbufReadPixels: try symbol(pixbuf, "gdk_pixbuf_read_pixels", pixbufLibrary))
    }

    private static func open(_ library: (soname: String, package: String)) throws(NativeError) -> UnsafeMutableRawPointer {
        // Never closed: the handles live as long as the process, like linked libraries.
        guard let handle = dlopen(library.soname, RTLD_NOW | RTLD_LOCAL) else {
            throw .imageDecodeFailed("\(library.soname) could not be loaded (\(lastError())); "
                                     + "install it with: apt-get install \(library.package)")
        }
        return handle
    }

    private static func symbol<Function>(_ handle: UnsafeMutableRawPointer, _ name: String,
                                         _ library: (soname: String, package: String)) throws(NativeError) -> Function {
        guard let address = dlsym(handle, name) else {
            throw .imageDecodeFailed("\(library.soname) lacks \(name); install a newer \(library.package)")
        }
        return unsafeBitCast(address, to: Function.self)
    }

    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown error"
    }
}
