/// Character classes the scanners test, over Unicode scalars.
extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    var isASCIIUpper: Bool { value >= 0x41 && value <= 0x5A }
    var isHexDigit: Bool {
        isASCIIDigit || (value >= 0x41 && value <= 0x46) || (value >= 0x61 && value <= 0x66)
    }
    /// Space or tab (a carriage return counts too, so CRLF text reads like LF text).
    var isBlank: Bool { self == " " || self == "\t" || self == "\r" }
    var isIdentifierStart: Bool {
        isASCIILetter || self == "_" || (value > 0x7F && properties.isXIDStart)
    }
    var isIdentifierContinue: Bool {
        isASCIILetter || isASCIIDigit || self == "_" || (value > 0x7F && properties.isXIDContinue)
    }
    var isUppercaseLetter: Bool { isASCIIUpper || (value > 0x7F && properties.isUppercase) }
}
