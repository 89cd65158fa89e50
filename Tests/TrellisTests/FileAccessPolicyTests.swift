import Diagnostics
import Foundation
import Testing
import Trellis

/// Files are read only under the root: `../`, absolute paths and symlinks cannot escape it.
@Suite struct FileAccessPolicyTests {
    /// root/ (with inside.svg, a link out, a link in), outside/secret.svg beside it.
    struct Tree {
        let base: String
        var root: String { base + "/root" }
        var outside: String { base + "/outside" }

        init() throws {
            let temp = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-files-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
            base = temp.resolvingSymlinksInPath().path
            let manager = FileManager.default
            try manager.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
            try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
            let svg = try Data(contentsOf: ImageNodeTests.imageFixtures.appendingPathComponent("halves.svg"))
            try svg.write(to: URL(fileURLWithPath: root + "/inside.svg"))
            try svg.write(to: URL(fileURLWithPath: outside + "/secret.svg"))
            try manager.createSymbolicLink(atPath: root + "/escape.svg", withDestinationPath: outside + "/secret.svg")
            try manager.createSymbolicLink(atPath: root + "/outdir", withDestinationPath: outside)
            try manager.createSymbolicLink(atPath: root + "/sub/back.svg", withDestinationPath: "../inside.svg")
        }

        func remove() { try? FileManager.default.removeItem(atPath: base) }
    }

    @Test func decisions() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let policy = FileAccessPolicy(root: tree.root)
        #expect(policy.decide("inside.svg", relativeTo: tree.root) == .allowed(tree.root + "/inside.svg"))
        #expect(policy.decide("sub/../inside.svg", relativeTo: tree.root) == .allowed(tree.root + "/inside.svg"))
        #expect(policy.decide("sub/back.svg", relativeTo: tree.root) == .allowed(tree.root + "/inside.svg"))
        #expect(policy.decide("../outside/secret.svg", relativeTo: tree.root) == .outsideRoot(tree.outside + "/secret.svg"))
        #expect(policy.decide(tree.outside + "/secret.svg", relativeTo: tree.root) == .outsideRoot(tree.outside + "/secret.svg"))
        #expect(policy.decide("escape.svg", relativeTo: tree.root) == .outsideRoot(tree.outside + "/secret.svg"))
        #expect(policy.decide("outdir/secret.svg", relativeTo: tree.root) == .outsideRoot(tree.outside + "/secret.svg"))
        // `outdir/..` is the parent of the link's target, outside the root, as the kernel sees it.
        #expect(policy.decide("outdir/../root/inside.svg", relativeTo: tree.root) == .allowed(tree.root + "/inside.svg"))
        #expect(policy.decide("/etc/passwd", relativeTo: tree.root) == .outsideRoot("/etc/passwd"))
        #expect(policy.decide("https://example.invalid/x.png", relativeTo: tree.root) == .remote)
        #expect(policy.decide("file:///etc/passwd", relativeTo: tree.root) == .remote)
        // A missing file inside is allowed (the read then reports it missing); one outside is not.
        #expect(policy.decide("nowhere/x.png", relativeTo: tree.root) == .allowed(tree.root + "/nowhere/x.png"))
        #expect(policy.decide("nowhere/../../x.png", relativeTo: tree.root) == .outsideRoot(tree.base + "/x.png"))
        // A sibling whose name merely starts with the root's is outside.
        #expect(policy.decide("../root2/x.png", relativeTo: tree.root) == .outsideRoot(tree.base + "/root2/x.png"))
    }

    @Test func allowFilesOpensOnePathOrDirectory() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let file = FileAccessPolicy(root: tree.root, allowed: [tree.outside + "/secret.svg"])
        #expect(file.decide("escape.svg", relativeTo: tree.root) == .allowed(tree.outside + "/secret.svg"))
        let directory = FileAccessPolicy(root: tree.root, allowed: [tree.outside])
        #expect(directory.decide("../outside/secret.svg", relativeTo: tree.root) == .allowed(tree.outside + "/secret.svg"))
    }

    @Test func imageNodeOutsideTheRootIsRefusedWithADiagnostic() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let text = "flowchart TD\n  A@{ img: \"escape.svg\" }\n  B@{ img: \"../outside/secret.svg\" }\n  C@{ img: \"inside.svg\" }\n"
        let source = SourceFile(name: tree.root + "/d.mmd", text: text)
        let refused = compiler.compile(source)
        #expect(refused.frame == nil)
        #expect(refused.diagnostics.map(\.id) == ["trellis.file-outside-root", "trellis.file-outside-root"])
        #expect(refused.diagnostics.first?.hint?.contains("--allow-files") == true)
        var options = DiagramOptions()
        options.fileAccess = FileAccessPolicy(root: tree.root, allowed: [tree.outside])
        let allowed = compiler.compile(source, options: options)
        #expect(allowed.diagnostics.isEmpty, "\(allowed.diagnostics.map(\.message))")
        #expect(allowed.frame != nil)
    }

    @Test func specialFilesAreNotRead() throws {
        let tree = try Tree()
        defer { tree.remove() }
        #expect(mkfifo(tree.root + "/pipe.png", 0o600) == 0)
        let compiler = try DiagramCompiler(fontDirectory: TestPaths.fonts)
        let source = SourceFile(name: tree.root + "/d.mmd", text: "flowchart TD\n  A@{ img: \"pipe.png\" }\n")
        // Reading a FIFO would block forever; it is refused at once.
        #expect(compiler.compile(source).diagnostics.map(\.id) == ["trellis.image-unreadable"])
    }
}
