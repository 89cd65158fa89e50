/// The Trellis facade. PLACEHOLDER.
public enum TrellisVersion { public static let string = "0.1.0" }
