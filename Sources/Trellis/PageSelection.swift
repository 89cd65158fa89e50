/// Which pages to output: `--pages 3-5`, `2`, `1,4,7-9`, `6-` (to the end), 1-based.
public struct PageSelection: Hashable, Sendable {
    /// Inclusive 1-based ranges as written.
    private var bounds: [Bound]

    private struct Bound: Hashable, Sendable {
        var first: Int
        /// Nil: to the last page.
        var last: Int?
    }

    /// Nil for text that is not a list of page numbers and ranges.
    public init?(_ text: String) {
        var bounds: [Bound] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingCharacters(in: " ")
            let ends = piece.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = Int(ends[0]), first >= 1 else { return nil }
            if ends.count == 1 {
                bounds.append(Bound(first: first, last: first))
            } else if ends[1].isEmpty {
                bounds.append(Bound(first: first, last: nil))
            } else {
                guard let last = Int(ends[1]), last >= first else { return nil }
                bounds.append(Bound(first: first, last: last))
            }
        }
        guard !bounds.isEmpty else { return nil }
        self.bounds = bounds
    }

    /// The 0-based page indices in the order written (each once), or a message naming the
    /// first page the document does not have.
    public func indices(pageCount: Int) -> Result<[Int], PageSelectionError> {
        var result: [Int] = []
        for bound in bounds {
            let last = bound.last ?? pageCount
            guard bound.first <= pageCount, last <= pageCount else {
                let missing = bound.first > pageCount ? bound.first : last
                return .failure(PageSelectionError(
                    message: "page \(missing) does not exist: the deck has \(pageCount) page\(pageCount == 1 ? "" : "s")"))
            }
            for page in bound.first...last where !result.contains(page - 1) {
                result.append(page - 1)
            }
        }
        return .success(result)
    }
}

/// A page selection the document cannot satisfy.
public struct PageSelectionError: Error, Hashable, Sendable {
    public var message: String
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var text = self
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return text
    }
}
