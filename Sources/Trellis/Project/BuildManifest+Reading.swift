import Foundation

/// Reading a manifest from the JSON tree `JSONSerialization` gives: a no-change
/// `trellis build` is mostly start-up and this read, and `JSONDecoder`'s generic Codable
/// path cost it twice as much. Writing stays with `JSONEncoder` (`encoded()`), so the
/// types are only `Encodable`.
extension BuildManifest {
    /// The manifest in `data`, or nil when it is not a manifest of this format.
    static func parse(_ data: Data) -> BuildManifest? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let format = root["format"] as? Int, format == 1,
              let trellis = root["trellis"] as? String,
              let fonts = root["fonts"] as? [String: Any],
              let artefacts = root["artefacts"] as? [String: Any]
        else { return nil }
        var manifest = BuildManifest()
        manifest.trellis = trellis
        guard let fontRecords = fontRecords(fonts) else { return nil }
        manifest.fonts = fontRecords
        for (source, value) in artefacts {
            guard let entry = value as? [String: Any], let kind = entry["kind"] as? String,
                  let settings = entry["settings"] as? String, let inputs = entry["inputs"] as? [String: String],
                  let outputs = entry["outputs"] as? [String: Any]
            else { return nil }
            var records: [String: OutputRecord] = [:]
            for (path, output) in outputs {
                guard let record = output as? [String: Any], let size = record["size"] as? Int,
                      let sha256 = record["sha256"] as? String
                else { return nil }
                records[path] = OutputRecord(size: size, sha256: sha256)
            }
            manifest.artefacts[source] = Entry(kind: kind, settings: settings, inputs: inputs, outputs: records)
        }
        return manifest
    }

    /// Font records keyed by name (the manifest's `fonts`, or the font hash cache), or nil
    /// when one is malformed.
    static func fontRecords(_ json: [String: Any]) -> [String: FontRecord]? {
        var records: [String: FontRecord] = [:]
        for (name, value) in json {
            guard let record = value as? [String: Any], let size = record["size"] as? Int,
                  let modified = record["modified"] as? String, let sha256 = record["sha256"] as? String
            else { return nil }
            records[name] = FontRecord(size: size, modified: modified, sha256: sha256)
        }
        return records
    }
}
