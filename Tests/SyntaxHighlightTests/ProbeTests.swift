import Testing
import Foundation
@testable import SyntaxHighlight

@Test func probe() throws {
    let dir = "/tmp/hl-probe"
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    var out = ""
    for file in files.sorted() {
        let code = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
        let lang = String(file.split(separator: ".").last ?? "")
        out += "=== \(file)\n" + dump(code, lang) + "\n"
    }
    try out.write(toFile: "/tmp/hl-probe.out", atomically: true, encoding: .utf8)
}
