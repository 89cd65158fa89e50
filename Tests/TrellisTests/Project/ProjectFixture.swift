import Foundation
@testable import Trellis

/// A throwaway project directory with helpers to write sources and read artefacts.
struct ProjectFixture {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ relative: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relative).path)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Modification time and inode of a file, to tell whether a build rewrote it.
    func identity(_ relative: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(relative).path)
        else { return nil }
        return "\(attributes[.modificationDate] ?? "") \(attributes[.systemFileNumber] ?? "")"
    }

    func plan() -> ProjectPlan {
        let (config, _, _) = ProjectConfig.load(directory: path)
        return ProjectPlan(projectDirectory: path, config: config)
    }

    func build(_ request: BuildRequest = BuildRequest()) -> BuildSummary {
        ProjectBuilder(plan: plan(), fontDirectory: TestPaths.fonts).build(request)
    }
}
