import Foundation

/// Paths of the package and its neighbours, found from this file's location.
enum TestPaths {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    static var fonts: String { packageRoot.appendingPathComponent("fonts").path }
    static var corpus: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus") }
    static var flagship: URL { packageRoot.appendingPathComponent("diagrams/ARCH_SIGIL_TOPOLOGY.mmd") }
}
