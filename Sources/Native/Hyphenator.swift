import CHyphen
import Glibc

/// Where words of one language may be hyphenated: a libhyphen pattern dictionary
/// (`/usr/share/hyphen/hyph_en_US.dic`), with the answers kept per word.
public final class Hyphenator {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private var known: [String: [Int]] = [:]
    /// Fewest letters before the first and after the last break.
    let leftMinimum = 2, rightMinimum = 3

    /// Folders searched for `hyph_<language>.dic`.
    public static let dictionaryFolders = ["/usr/share/hyphen", "/usr/local/share/hyphen"]

    /// The dictionary file at `path`; nil when it is missing or unreadable.
    public init?(dictionaryPath path: String) {
        guard access(path, R_OK) == 0, let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = dictionary
    }

    /// The dictionary for a BCP 47 tag (`en-US`, `de`, `pt_BR`): the exact region first, then
    /// the bare language; nil when none is installed (the text is then not hyphenated).
    public convenience init?(language: String) {
        let tag = language.replacingOccurrences(of: "-", with: "_")
        let parts = tag.split(separator: "_")
        guard let first = parts.first, !first.isEmpty, tag.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
        let lower = first.lowercased()
        var names: [String] = []
        if parts.count > 1 { names.append(lower + "_" + parts[1...].joined(separator: "_").uppercased()) }
        names.append(lower)
        if lower == "en" { names.append("en_US") }
        for name in names {
            for folder in Self.dictionaryFolders {
                let path = folder + "/hyph_" + name + ".dic"
                if access(path, R_OK) == 0 {
                    self.init(dictionaryPath: path)
                    return
                }
            }
        }
        return nil
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// Character offsets inside `word` where a hyphen may go (after that many characters),
    /// ascending. Empty for words that are short or not only letters.
    public func breaks(_ word: String) -> [Int] {
        if let answer = known[word] { return answer }
        let answer = compute(word)
        known[word] = answer
        return answer
    }

    private func compute(_ word: String) -> [Int] {
        let characters = Array(word)
        guard characters.count >= leftMinimum + rightMinimum, characters.count < 90,
              characters.allSatisfy({ $0.isLetter }) else { return [] }
        let lowered = Array(word.lowercased().utf8)
        // libhyphen works on bytes; with a UTF-8 dictionary, marks sit after a character's last byte.
        var hyphens = [CChar](repeating: 0, count: lowered.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        let status = lowered.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                hnj_hyphen_hyphenate2(dictionary, chars.baseAddress, Int32(chars.count), &hyphens, nil,
                                      &replacements, &positions, &cuts)
            }
        }
        // Non-standard breaks (with spelling changes) are not used; free what libhyphen made for them.
        if let replacements {
            for index in 0..<lowered.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0, lowered.count == word.utf8.count else { return [] }
        var out: [Int] = []
        var byte = 0
        for (index, character) in characters.enumerated() {
            byte += character.utf8.count
            let count = index + 1
            guard count >= leftMinimum, characters.count - count >= rightMinimum else { continue }
            if hyphens[byte - 1] & 1 == 1 { out.append(count) }
        }
        return out
    }
}
