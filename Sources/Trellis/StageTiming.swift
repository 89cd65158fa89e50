/// How long one stage of a compile took, for `trellis render --timings`.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var duration: Duration

    public init(stage: String, duration: Duration) {
        self.stage = stage
        self.duration = duration
    }

    /// The duration in milliseconds with three decimals, e.g. `0.412 ms`.
    public var milliseconds: String {
        let (seconds, attoseconds) = duration.components
        let micro = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let whole = micro / 1000, fraction = micro % 1000
        let padded = String(repeating: "0", count: 3 - String(fraction).count) + String(fraction)
        return "\(whole).\(padded) ms"
    }
}
