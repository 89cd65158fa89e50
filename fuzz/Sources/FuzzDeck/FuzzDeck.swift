import Deck
import Diagnostics
import Trellis

/// Deck front matter, directives, slide splitting and Markdown: any bytes in, a deck model
/// and diagnostics out; never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceFile(name: "fuzz.md", text: text)
    let (_, diagnostics) = DeckParser.parse(source)
    for diagnostic in diagnostics {
        _ = DiagnosticFormatter().format(diagnostic, in: source)
    }
    return 0
}
