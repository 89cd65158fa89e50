import Foundation
import Geometry
import Native
import Testing

/// Compares a PNG with `Goldens/<name>.png`. `TRELLIS_RECORD=1` writes the golden instead.
/// On a mismatch the actual image and a diff image (differing pixels red over a faded copy)
/// are written to a temporary directory and their paths are part of the failure message.
enum GoldenImage {
    static var directory: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens") }
    static var recording: Bool { ProcessInfo.processInfo.environment["TRELLIS_RECORD"] == "1" }

    /// A channel difference above this counts a pixel as different (antialiasing noise is below).
    static let channelTolerance: UInt32 = 24
    /// A golden fails when more pixels than this differ.
    static let allowedDifferentPixels = 3

    static func check(_ png: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name + ".png")
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(png).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden \(name).png; run with TRELLIS_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        if Array(expected) == png { return }
        let a = try PNGDecoder.argbPixels(Array(expected)), b = try PNGDecoder.argbPixels(png)
        guard a.width == b.width, a.height == b.height else {
            let paths = try writeFailure(png, diff: nil, name: name)
            Issue.record("golden \(name): size \(b.width)x\(b.height), expected \(a.width)x\(a.height); actual: \(paths.actual)",
                         sourceLocation: sourceLocation)
            return
        }
        let different = zip(a.pixels, b.pixels).enumerated().compactMap { index, pair -> Int? in
            isDifferent(pair.0, pair.1) ? index : nil
        }
        guard different.count > allowedDifferentPixels else { return }
        let diff = try diffImage(expected: Array(expected), width: a.width, height: a.height, different: different)
        let paths = try writeFailure(png, diff: diff, name: name)
        let message = "golden \(name): \(different.count) pixels differ; diff: \(paths.diff ?? "-") actual: \(paths.actual)"
            + " (re-record with TRELLIS_RECORD=1 if the change is intended)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    static func isDifferent(_ p: UInt32, _ q: UInt32) -> Bool {
        for shift in stride(from: 0, through: 24, by: 8) {
            let x = p >> UInt32(shift) & 0xFF, y = q >> UInt32(shift) & 0xFF
            if (x > y ? x - y : y - x) > channelTolerance { return true }
        }
        return false
    }

    /// The expected image at 25% opacity on white with every differing pixel painted red.
    static func diffImage(expected: [UInt8], width: Int, height: Int, different: [Int]) throws -> [UInt8] {
        let surface = try ImageSurface(pixelWidth: width, pixelHeight: height)
        let canvas = try surface.makeCanvas()
        canvas.paint(PaintColor(red: 1, green: 1, blue: 1))
        try canvas.draw(DecodedImage(bytes: expected, format: .png), in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
        canvas.draw(.rect(Rect(x: 0, y: 0, width: Double(width), height: Double(height))),
                    fill: PaintColor(red: 1, green: 1, blue: 1, alpha: 0.75), stroke: nil)
        var path = Path()
        for index in different {
            path.append(.rect(Rect(x: Double(index % width), y: Double(index / width), width: 1, height: 1)))
        }
        canvas.draw(path, fill: PaintColor(red: 1, green: 0, blue: 0), stroke: nil)
        return try surface.pngBytes()
    }

    static func writeFailure(_ actual: [UInt8], diff: [UInt8]?, name: String) throws -> (actual: String, diff: String?) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-golden-failures")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actualURL = folder.appendingPathComponent(name + ".actual.png")
        try Data(actual).write(to: actualURL)
        guard let diff else { return (actualURL.path, nil) }
        let diffURL = folder.appendingPathComponent(name + ".diff.png")
        try Data(diff).write(to: diffURL)
        return (actualURL.path, diffURL.path)
    }
}
