import Diagnostics
import Scene

/// A compiled document: the typeset pages when there were no errors, the PDF bytes when
/// rendering was asked for and succeeded, every diagnostic and the files it read.
public struct DocumentCompilation: Sendable {
    public var source: SourceFile
    public var document: Document?
    public var diagnostics: [Diagnostic]
    /// Images and diagram files the document read (resolved paths, each once).
    public var readFiles: [String]
}
