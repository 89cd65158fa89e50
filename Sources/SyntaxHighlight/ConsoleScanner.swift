/// Terminal sessions: `$ ` and `# ` prompts are meta and the commands after them shell code;
/// a command ending in `\` continues on the next line; other lines are plain output.
struct ConsoleScanner {
    var map: KindMap

    mutating func run() {
        var continues = false
        for line in map.lineRanges() {
            var commandStart: Int?
            if continues {
                commandStart = line.lowerBound
            } else if let prompt = promptLength(at: line) {
                map.mark(.meta, line.lowerBound..<line.lowerBound + prompt)
                commandStart = line.lowerBound + prompt
            }
            guard let start = commandStart else { continue }
            let command = Array(map.scalars[start..<line.upperBound])
            var shell = GenericScanner(language: .bash, map: KindMap(command))
            shell.run()
            map.paste(shell.map, at: start)
            var last = line.upperBound
            while last > start, map.scalars[last - 1].isBlank { last -= 1 }
            continues = last > start && map.scalars[last - 1] == "\\"
        }
    }

    /// The length of the `$ ` or `# ` prompt (or a lone `$`, `#`) starting `line`, if it has one.
    private func promptLength(at line: Range<Int>) -> Int? {
        guard let first = line.first else { return nil }
        let scalar = map.scalars[first]
        guard scalar == "$" || scalar == "#" else { return nil }
        if line.count == 1 { return 1 }
        return map.scalars[first + 1].isBlank ? 2 : nil
    }
}
