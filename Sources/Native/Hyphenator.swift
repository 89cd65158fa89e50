import Glibc

/// Where words of one language may be hyphenated: the hyphenation patterns of a libhyphen
/// dictionary (`/usr/share/hyphen/hyph_en_US.dic`, Debian's `hyphen-*` packages), with the
/// answers kept per word.
public final class Hyphenator {
    private let path: String
    /// Read at the first word asked about: a document whose words all fit never loads it.
    private lazy var patterns = HyphenationPatterns.shared(path: path)
    private var known: [String: [Int]] = [:]

    /// Folders searched for `hyph_<language>.dic`.
    public static let dictionaryFolders = ["/usr/share/hyphen", "/usr/local/share/hyphen"]

    /// The dictionary file at `path`; nil when it is missing or unreadable (a file without
    /// patterns hyphenates nothing).
    public init?(dictionaryPath path: String) {
        guard access(path, R_OK) == 0 else { return nil }
        self.path = path
    }

    /// The dictionary for a BCP 47 tag (`en-US`, `de`, `pt_BR`): the exact region first, then
    /// the bare language; nil when none is installed (the text is then not hyphenated).
    public convenience init?(language: String) {
        let tag = language.replacingOccurrences(of: "-", with: "_")
        let parts = tag.split(separator: "_")
        guard let first = parts.first, !first.isEmpty, tag.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_") }) else {
            return nil
        }
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

    /// Character offsets inside `word` where a hyphen may go (after that many characters),
    /// ascending. Empty for words that are short or not only letters.
    public func breaks(_ word: String) -> [Int] {
        if let answer = known[word] { return answer }
        let characters = Array(word)
        var answer: [Int] = []
        let lowered = Array(word.lowercased().unicodeScalars)
        // One scalar per character (no combining marks), so offsets map one to one.
        if characters.count >= 4, characters.count < 90, characters.allSatisfy({ $0.isLetter }),
           lowered.count == characters.count, let patterns {
            answer = patterns.breaks(lowered)
        }
        known[word] = answer
        return answer
    }
}
