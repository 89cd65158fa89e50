import Glibc
import Synchronization

/// Liang's hyphenation patterns (the TeX algorithm) from a libhyphen `.dic` file, in a trie:
/// every pattern found in `.word.` raises the values between its letters; odd values allow a
/// break. Loads in about a millisecond (libhyphen's own loader takes tens).
struct HyphenationPatterns {
    /// The trie as flat arrays, one entry per node (node 0 is the root): a node's children
    /// form a list through `nextSibling`, starting at `firstChild` (-1: none).
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var letter: [UInt32] = [0]
    /// Where the values of the pattern ending at a node start in `digits` (-1: no pattern
    /// ends there); a pattern of n letters has n + 1 values.
    private var valueStart: [Int32] = [-1]
    private var digits: [UInt8] = []
    private var patternCount = 0
    var leftMinimum = 2
    var rightMinimum = 3

    /// The patterns of the file at `path`; nil when it cannot be read or holds none.
    init?(path: String) {
        guard let bytes = Self.read(path) else { return nil }
        let nodes = bytes.count / 2
        firstChild.reserveCapacity(nodes)
        nextSibling.reserveCapacity(nodes)
        letter.reserveCapacity(nodes)
        valueStart.reserveCapacity(nodes)
        digits.reserveCapacity(bytes.count)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        let latin1 = bytes.starts(with: Array("ISO8859-1".utf8))
        var lineStart = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count  // after the charset line
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard let first = line.first, first != 0x25, first != 0x0D else { continue }  // "%" comments
            if (0x41...0x5A).contains(first) {
                // LEFTHYPHENMIN 2, RIGHTHYPHENMIN 3, NEXTLEVEL, NOHYPHEN …: upper-case keywords.
                let fields = String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\r" })
                if fields.first == "NEXTLEVEL" { break }
                if fields.count == 2, let number = Int(fields[1]) {
                    if fields[0] == "LEFTHYPHENMIN" { leftMinimum = max(1, number) }
                    if fields[0] == "RIGHTHYPHENMIN" { rightMinimum = max(1, number) }
                }
                continue
            }
            // Non-standard patterns (`/` replacements) are not used.
            guard !line.contains(0x2F), !line.contains(0x20) else { continue }
            insert(line, latin1: latin1, scratch: &scratch)
        }
        guard patternCount > 0 else { return nil }
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            out.append(contentsOf: buffer[0..<count])
            if out.count > 8_000_000 { return nil }
        }
        return out
    }

    /// The child of `node` for `scalar`, if the trie has it.
    private func child(of node: Int32, _ scalar: UInt32) -> Int32? {
        var current = firstChild[Int(node)]
        while current >= 0 {
            if letter[Int(current)] == scalar { return current }
            current = nextSibling[Int(current)]
        }
        return nil
    }

    private mutating func insert(_ pattern: ArraySlice<UInt8>, latin1: Bool, scratch digits: inout [UInt8]) {
        var node: Int32 = 0
        digits.removeAll(keepingCapacity: true)
        digits.append(0)
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let byte = pattern[index]
            if byte == 0x0D { break }
            if (0x30...0x39).contains(byte) {
                digits[digits.count - 1] = byte - 0x30
                index += 1
                continue
            }
            // One character: a byte in Latin-1, else a UTF-8 sequence.
            var scalar = UInt32(byte)
            var length = 1
            if !latin1, byte >= 0xC0 {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                scalar = UInt32(byte) & (0xFF >> (length + 1))
                for next in 1..<length where index + next < pattern.endIndex {
                    scalar = scalar << 6 | UInt32(pattern[index + next] & 0x3F)
                }
            }
            index += length
            let masked = scalar & 0x1F_FFFF
            if let child = child(of: node, masked) {
                node = child
            } else {
                let new = Int32(letter.count)
                firstChild.append(-1)
                nextSibling.append(firstChild[Int(node)])
                letter.append(masked)
                valueStart.append(-1)
                firstChild[Int(node)] = new
                node = new
            }
            digits.append(0)
        }
        if node != 0 {
            // A later pattern with the same letters replaces the earlier one.
            valueStart[Int(node)] = Int32(self.digits.count)
            self.digits.append(contentsOf: digits)
            patternCount += 1
        }
    }

    /// Letter counts after which `word` (lower case) may break, within the minimums.
    func breaks(_ word: [Unicode.Scalar]) -> [Int] {
        let padded: [Unicode.Scalar] = ["."] + word + ["."]
        var points = [UInt8](repeating: 0, count: padded.count + 1)
        for start in padded.indices {
            var node: Int32 = 0
            for index in start..<padded.count {
                guard let next = child(of: node, padded[index].value) else { break }
                node = next
                let first = Int(valueStart[Int(node)])
                if first >= 0 {
                    // The pattern from `start` to `index` has index - start + 2 values.
                    for offset in 0...(index - start + 1) where points[start + offset] < digits[first + offset] {
                        points[start + offset] = digits[first + offset]
                    }
                }
            }
        }
        // A break after `count` letters sits before padded character `count + 1`.
        return (1..<max(1, word.count)).filter { count in
            count >= leftMinimum && word.count - count >= rightMinimum && points[count + 1] % 2 == 1
        }
    }
}

extension HyphenationPatterns {
    /// Patterns loaded so far in this process, by path (nil: the file had none): workers of one
    /// build share them read-only instead of each parsing the same file.
    private static let loaded = Mutex<[String: HyphenationPatterns?]>([:])

    /// The patterns of the file at `path`, parsed once per process.
    static func shared(path: String) -> HyphenationPatterns? {
        loaded.withLock { table in
            if let known = table[path] { return known }
            let patterns = HyphenationPatterns(path: path)
            table[path] = patterns
            return patterns
        }
    }
}
