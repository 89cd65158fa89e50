/// PDF text strings (for `/Contents`, `/Lang` …): printable ASCII as a literal `( … )` with
/// backslash escapes, anything else as UTF-16BE with a byte-order mark in hex `<FEFF…>`.
enum PDFTextString {
    static func encode(_ text: String) -> String {
        let isPlain = text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) || $0 == "\n" || $0 == "\t" }
        if isPlain {
            var out = "("
            for scalar in text.unicodeScalars {
                switch scalar {
                case "(", ")", "\\": out += "\\" + String(scalar)
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + ")"
        }
        let hex = Array("0123456789ABCDEF")
        var out = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        return out + ">"
    }
}
