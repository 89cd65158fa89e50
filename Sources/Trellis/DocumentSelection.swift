import Scene

extension Document {
    /// The document with only the pages at `indices` (0-based, in that order): bookmarks to
    /// dropped pages go, the others follow their page; links to dropped pages stay dead.
    public func selecting(pages indices: [Int]) -> Document {
        let kept = indices.filter { pages.indices.contains($0) }
        let outline = self.outline.compactMap { entry -> OutlineEntry? in
            guard let position = kept.firstIndex(of: entry.pageIndex) else { return nil }
            var moved = entry
            moved.pageIndex = position
            return moved
        }
        return Document(pages: kept.map { pages[$0] }, outline: outline, metadata: metadata)
    }
}
