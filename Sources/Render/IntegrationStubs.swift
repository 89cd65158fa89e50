// TEMPORARY stubs until the Render branch lands (deleted at merge).
import Foundation

public enum AtomicFile {
    public static func write(_ bytes: [UInt8], toPath path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

public enum FontLocator {
    public static func locate() -> String? { nil }
}
