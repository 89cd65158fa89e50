/// The version of Trellis, printed by `trellis --version` and kept in build manifests.
public enum TrellisVersion {
    public static let string = "0.1.0"
}
