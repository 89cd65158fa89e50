import Foundation
import Geometry
import Native
import Scene

/// Images the render tests draw: 32x16, left half red, right half blue, in every format.
enum ImageFixtures {
    static var directory: String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)  // ImageFixtures.swift, RenderTests
        return parts.joined(separator: "/") + "/Fixtures/Images"
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// The halves drawn by Cairo and encoded as PNG.
    static func png() throws -> [UInt8] {
        let surface = try ImageSurface(pixelWidth: 32, pixelHeight: 16)
        let canvas = try surface.makeCanvas()
        canvas.draw(.rect(Rect(x: 0, y: 0, width: 16, height: 16)), fill: PaintColor(red: 1, green: 0, blue: 0), stroke: nil)
        canvas.draw(.rect(Rect(x: 16, y: 0, width: 16, height: 16)), fill: PaintColor(red: 0, green: 0, blue: 1), stroke: nil)
        return try surface.pngBytes()
    }

    static func source(_ format: ImageSource.Format) throws -> ImageSource {
        switch format {
        case .png: ImageSource(bytes: try png(), format: .png, naturalSize: Size(width: 32, height: 16))
        case .jpeg: ImageSource(bytes: try bytes("halves.jpg"), format: .jpeg, naturalSize: Size(width: 32, height: 16))
        case .svg: ImageSource(bytes: try bytes("halves.svg"), format: .svg, naturalSize: Size(width: 32, height: 16))
        }
    }

    /// A white 100x60 frame with the image stretched twice its size into (10, 10, 64, 32).
    static func frame(_ format: ImageSource.Format) throws -> Frame {
        let item = ImageItem(source: try source(format), rect: Rect(x: 10, y: 10, width: 64, height: 32),
                             tag: Tag.class("picture"))
        return Frame(size: Size(width: 100, height: 60), background: .white, items: [.image(item)])
    }

    /// Runs a tool with arguments; its exit status.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// One premultiplied ARGB pixel, split for readable expectations.
struct Pixel: Equatable, CustomStringConvertible {
    let a, r, g, b: Int

    init(_ argb: UInt32) {
        a = Int(argb >> 24 & 0xFF)
        r = Int(argb >> 16 & 0xFF)
        g = Int(argb >> 8 & 0xFF)
        b = Int(argb & 0xFF)
    }

    var description: String { "argb(\(a),\(r),\(g),\(b))" }

    /// Within `tolerance` of an opaque colour (JPEG and smoothing move values a little).
    func isClose(to red: Int, _ green: Int, _ blue: Int, tolerance: Int = 24) -> Bool {
        a == 255 && abs(r - red) <= tolerance && abs(g - green) <= tolerance && abs(b - blue) <= tolerance
    }
}

extension Array where Element == UInt32 {
    func pixel(_ x: Int, _ y: Int, width: Int) -> Pixel { Pixel(self[y * width + x]) }
}
