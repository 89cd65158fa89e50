/// A source text with its name and a table of line starts, for turning byte offsets
/// into line:column positions.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics (a path, or `<stdin>`).
    public let name: String
    /// The whole text.
    public let text: String
    /// UTF-8 view of `text`, the unit every offset counts in.
    public let utf8: [UInt8]
    /// Offset (in UTF-8 bytes) where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.utf8 = Array(text.utf8)
        var starts = [0]
        for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column (in characters) of a UTF-8 offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, utf8.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let prefix = utf8[lineStart..<clamped]
        let column = (String(decoding: prefix, as: UTF8.self)).count + 1
        return SourceLocation(line: low + 1, column: column, offset: clamped)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf8.count
        while end > start, utf8[end - 1] == UInt8(ascii: "\n") || utf8[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The text covered by a range.
    public func text(in range: SourceRange) -> String {
        let start = max(0, min(range.start, utf8.count))
        let end = max(start, min(range.end, utf8.count))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

/// A 1-based line and column (columns count characters), with the UTF-8 offset it came from.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 offsets into a `SourceFile`.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at one offset.
    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var isEmpty: Bool { start == end }
    public var description: String { "\(start)..<\(end)" }
}
