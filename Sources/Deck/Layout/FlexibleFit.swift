import Scene

/// Gives diagrams and unsized images the height the rest of a slide leaves them.
enum FlexibleFit {
    static func fit(_ blocks: inout [LaidBlock], boxHeight: Double, alignment: TextAlignment) {
        let flexible = blocks.indices.filter { blocks[$0].flexible != nil }
        guard !flexible.isEmpty else { return }
        let total = SlideLayouter.stack(blocks, width: 0).height
        let flexHeight = flexible.reduce(0) { $0 + blocks[$1].height }
        let fixed = total - flexHeight
        let room = max(boxHeight - fixed, boxHeight * 0.25 * Double(flexible.count))
        let naturalTotal = flexible.reduce(0) { $0 + (blocks[$1].flexible?.natural.height ?? 0) }
        for index in flexible {
            guard let content = blocks[index].flexible else { continue }
            let share = naturalTotal > 0 ? room * content.natural.height / naturalTotal : room / Double(flexible.count)
            let old = blocks[index]
            blocks[index] = content.block(width: old.width, height: share, alignment: content.tag.classes.contains("diagram") ? .center : alignment,
                                          line: old.line, spaceAbove: old.spaceAbove, spaceBelow: old.spaceBelow)
        }
    }
}
