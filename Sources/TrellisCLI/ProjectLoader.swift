import ArgumentParser
import Diagnostics
import Foundation
import Trellis

/// Reads a project's `trellis.yml` and discovers its sources, for `build` and `check --outputs`.
enum ProjectLoader {
    /// The plan, or an error exit after printing the configuration's problems.
    static func plan(directory: String, output: String?, console: Console, format: DiagnosticsFormat,
                     adjust: (inout ProjectConfig) -> Void = { _ in }) throws -> ProjectPlan {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.error("\(directory) is not a directory")
            throw ExitCode(1)
        }
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var (config, file, problems) = ProjectConfig.load(directory: root)
        if let file, !problems.isEmpty {
            console.report(problems, in: file, format: format, outcome: false)
            if problems.hasErrors {
                console.error("\(file.name) has errors; nothing built")
                throw ExitCode(1)
            }
        }
        adjust(&config)
        return ProjectPlan(projectDirectory: root, config: config, output: output,
                           sourceDateEpoch: Environment.sourceDateEpoch)
    }
}
