import Glibc

/// Liang's hyphenation patterns (the TeX algorithm) from a libhyphen `.dic` file, in a trie:
/// every pattern found in `.word.` raises the values between its letters; odd values allow a
/// break. Loads in about a millisecond (libhyphen's own loader takes tens).
struct HyphenationPatterns {
    /// Child of (node, scalar): key `node << 21 | scalar` (scalars fit in 21 bits).
    private var children: [UInt64: Int32] = [:]
    /// Values of the pattern ending at a node (one more than its letters), if one does.
    private var values: [Int32: [UInt8]] = [:]
    private var nodeCount: Int32 = 1
    var leftMinimum = 2
    var rightMinimum = 3

    /// The patterns of the file at `path`; nil when it cannot be read or holds none.
    init?(path: String) {
        guard let bytes = Self.read(path) else { return nil }
        children.reserveCapacity(bytes.count / 2)
        values.reserveCapacity(bytes.count / 8)
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
            insert(line, latin1: latin1)
        }
        guard !values.isEmpty else { return nil }
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

    private mutating func insert(_ pattern: ArraySlice<UInt8>, latin1: Bool) {
        var node: Int32 = 0
        var digits: [UInt8] = [0]
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
            let key = UInt64(node) << 21 | UInt64(scalar & 0x1F_FFFF)
            if let child = children[key] {
                node = child
            } else {
                children[key] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
            digits.append(0)
        }
        if node != 0 { values[node] = digits }
    }

    /// Letter counts after which `word` (lower case) may break, within the minimums.
    func breaks(_ word: [Unicode.Scalar]) -> [Int] {
        let padded: [Unicode.Scalar] = ["."] + word + ["."]
        var points = [UInt8](repeating: 0, count: padded.count + 1)
        for start in padded.indices {
            var node: Int32 = 0
            for index in start..<padded.count {
                guard let child = children[UInt64(node) << 21 | UInt64(padded[index].value)] else { break }
                node = child
                if let digits = values[node] {
                    for (offset, digit) in digits.enumerated() where points[start + offset] < digit {
                        points[start + offset] = digit
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
