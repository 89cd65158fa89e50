import Foundation
import Diagnostics

/// How `trellis build` was asked to run.
public struct BuildRequest: Sendable {
    /// Only this shard's sources (and its own manifest part).
    public var shard: ShardSpec?
    /// Stop starting jobs after the first failure.
    public var failFast: Bool
    /// Warnings count as errors.
    public var denyWarnings: Bool
    /// Worker threads (defaults to the active processor count).
    public var workers: Int
    /// Leave each worker's compilers (fonts and every shaped word) allocated when the build
    /// ends, for a process that exits right after: freeing them one by one kept the last
    /// worker busy for ~10 ms after its last job.
    public var keepsCompilers = false

    public init(shard: ShardSpec? = nil, failFast: Bool = false, denyWarnings: Bool = false,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.shard = shard
        self.failFast = failFast
        self.denyWarnings = denyWarnings
        self.workers = workers
    }
}

/// What happened to one job in a build.
public struct JobOutcome: Sendable {
    /// The result of one job.
    public enum Status: Sendable, Equatable {
        case built
        case upToDate
        case failed(String?)
        /// Not attempted because an earlier job failed under `--fail-fast`.
        case stopped
    }

    public var kind: BuildJob.Kind
    public var source: String
    public var status: Status
    /// Diagnostics of a job that ran, in the order the compiler gave them.
    public var reports: [DiagnosticReport]
    /// Files written, relative to the output directory.
    public var written: [String]
}

/// The outcome of a whole build, jobs in plan order.
public struct BuildSummary: Sendable {
    public var outcomes: [JobOutcome]
    /// The manifest file written (nil when unchanged and not rewritten).
    public var manifestWritten: String?
    /// A problem writing the manifest.
    public var manifestFailure: String?

    public var built: Int { outcomes.count { $0.status == .built } }
    public var upToDate: Int { outcomes.count { $0.status == .upToDate } }
    public var failed: Int { outcomes.count { if case .failed = $0.status { return true } else { return false } } }
    public var stopped: Int { outcomes.count { $0.status == .stopped } }
}

/// Progress of a running build, for a terminal status line.
public struct BuildProgress: Sendable {
    public var finished: Int
    public var total: Int
    public var source: String
}
