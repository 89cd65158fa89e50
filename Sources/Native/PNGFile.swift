import CZlib

/// The PNG container: signature, IHDR, one IDAT holding the zlib stream, IEND.
enum PNGFile {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Colour type 2 (RGB) or 6 (RGBA), 8 bits per sample, no interlace.
    static func bytes(width: Int, height: Int, hasAlpha: Bool, zlibStream: [UInt8]) -> [UInt8] {
        var header: [UInt8] = []
        append(UInt32(width), to: &header)
        append(UInt32(height), to: &header)
        header += [8, hasAlpha ? 6 : 2, 0, 0, 0]
        var file = signature
        file.reserveCapacity(signature.count + 3 * 12 + header.count + zlibStream.count)
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", zlibStream, to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        append(UInt32(data.count), to: &file)
        file += typeBytes
        file += data
        var crc = crc32(0, typeBytes, uInt(typeBytes.count))
        crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        append(UInt32(truncatingIfNeeded: crc), to: &file)
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(truncatingIfNeeded: value >> 24), UInt8(truncatingIfNeeded: value >> 16),
                  UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
    }
}
