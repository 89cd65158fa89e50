import Foundation

/// The previewable files under some paths, and the directories to watch for changes.
/// Directories are walked recursively (skipping hidden folders and build outputs); `.mmd`
/// files are diagrams; `.md` files are decks when given by name or inside a `decks` folder.
public struct PreviewSources: Sendable {
    public private(set) var items: [PreviewItem]
    /// Every walked directory (sorted): new files there are picked up too.
    public private(set) var directories: [String]
    /// Paths given on the command line that do not exist.
    public private(set) var missing: [String]
    /// Whether `.md` decks are previewable (the deck compiler is available).
    public let includesDecks: Bool
    private let workingDirectory: String

    /// Folders never walked: outputs and tool state.
    static let skippedFolders: Set<String> = ["build", "node_modules", "Packages"]
    /// At most this many directories are watched.
    static let directoryLimit = 2_000

    public init(paths: [String], includesDecks: Bool,
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.includesDecks = includesDecks
        self.workingDirectory = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        items = []
        directories = []
        missing = []
        var seenItems = Set<String>(), seenDirectories = Set<String>()
        for given in paths {
            let path = URL(fileURLWithPath: given, relativeTo: URL(fileURLWithPath: workingDirectory + "/"))
                .standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(given)
                continue
            }
            if isDirectory.boolValue {
                walk(path, inDecks: false, seenItems: &seenItems, seenDirectories: &seenDirectories)
            } else {
                let directory = (path as NSString).deletingLastPathComponent
                if seenDirectories.insert(directory).inserted { directories.append(directory) }
                let kind: PreviewItem.Kind? = path.hasSuffix(".mmd") ? .diagram
                    : (path.hasSuffix(".md") && includesDecks ? .deck : nil)
                if let kind, seenItems.insert(path).inserted {
                    items.append(PreviewItem(path: path, name: displayName(path), kind: kind))
                }
            }
        }
        items.sort { $0.name < $1.name }
        directories.sort()
    }

    /// The item a newly seen path would be, if it lies in a watched directory and is previewable.
    public func item(forNewPath path: String) -> PreviewItem? {
        let directory = (path as NSString).deletingLastPathComponent
        guard directories.contains(directory), let kind = kind(of: path, inDecks: directory.hasSuffix("/decks"))
        else { return nil }
        return PreviewItem(path: path, name: displayName(path), kind: kind)
    }

    /// Adds an item found after discovery (kept in name order).
    public mutating func add(_ item: PreviewItem) {
        guard !items.contains(where: { $0.path == item.path }) else { return }
        items.append(item)
        items.sort { $0.name < $1.name }
    }

    private func kind(of path: String, inDecks: Bool) -> PreviewItem.Kind? {
        if path.hasSuffix(".mmd") { return .diagram }
        if path.hasSuffix(".md"), inDecks, includesDecks { return .deck }
        return nil
    }

    private mutating func walk(_ directory: String, inDecks: Bool,
                               seenItems: inout Set<String>, seenDirectories: inout Set<String>) {
        guard directories.count < Self.directoryLimit, seenDirectories.insert(directory).inserted else { return }
        directories.append(directory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard !Self.skippedFolders.contains(name) else { continue }
                walk(path, inDecks: inDecks || name == "decks", seenItems: &seenItems, seenDirectories: &seenDirectories)
            } else if let kind = kind(of: path, inDecks: inDecks), seenItems.insert(path).inserted {
                items.append(PreviewItem(path: path, name: displayName(path), kind: kind))
            }
        }
    }

    private func displayName(_ path: String) -> String {
        path.hasPrefix(workingDirectory + "/") ? String(path.dropFirst(workingDirectory.count + 1)) : path
    }
}
