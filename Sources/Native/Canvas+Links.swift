import CCairo

extension Canvas {
    /// Starts a link to `uri` over everything drawn until `endLink()` (a PDF link annotation
    /// covering the drawing's extents; image surfaces ignore it). `#name` links to the named
    /// destination `destinationName(name)` of the same document.
    public func beginLink(uri: String) {
        if uri.hasPrefix("#"), uri.count > 1 {
            cairo_tag_begin(cr, "Link", "dest='\(Self.destinationName(String(uri.dropFirst())))'")
        } else {
            cairo_tag_begin(cr, "Link", "uri='\(Self.tagString(uri))'")
        }
    }

    public func endLink() {
        cairo_tag_end(cr, "Link")
    }

    /// How a destination name is spelled in the PDF: `tagString` with parentheses
    /// percent-encoded too, so it is the same plain string in a link and in a name tree.
    public static func destinationName(_ name: String) -> String {
        var out = ""
        for character in tagString(name) {
            out += character == "(" ? "%28" : character == ")" ? "%29" : String(character)
        }
        return out
    }

    /// `uri` as Cairo's attribute syntax wants a quoted string: 7-bit ASCII (others, space and
    /// quotes percent-encoded as in a URI) with backslashes escaped.
    static func tagString(_ uri: String) -> String {
        var out = ""
        for byte in uri.utf8 {
            switch byte {
            case 0x21...0x7E where byte != 0x27 && byte != 0x22 && byte != 0x5C:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
