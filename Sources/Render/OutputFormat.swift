/// Output file formats.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, pdf, svg
}
