/// Unified diffs: added lines inserted, removed lines deleted, headers and hunk markers meta.
struct DiffScanner {
    var map: KindMap

    mutating func run() {
        var inHunk = false
        for line in map.lineRanges() where !line.isEmpty {
            let start = line.lowerBound
            if map.hasPrefix("@@", at: start) {
                inHunk = true
                map.mark(.meta, line)
            } else if !inHunk, map.hasPrefix("+++", at: start) || map.hasPrefix("---", at: start) {
                map.mark(.meta, line)
            } else if map.hasPrefix("+", at: start) || map.hasPrefix(">", at: start) {
                map.mark(.inserted, line)
            } else if map.hasPrefix("-", at: start) || map.hasPrefix("<", at: start) {
                map.mark(.deleted, line)
            } else if map.hasPrefix("\\", at: start) {
                map.mark(.comment, line)
            } else if Self.headers.contains(where: { map.hasPrefix($0, at: start) }) {
                inHunk = false
                map.mark(.meta, line)
            }
        }
    }

    private static let headers = [
        "diff ", "index ", "new file", "deleted file", "similarity ", "rename ", "old mode", "new mode",
        "Only in ", "Binary files",
    ]
}
