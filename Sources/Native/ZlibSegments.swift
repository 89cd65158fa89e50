import CZlib
import Dispatch

/// One zlib stream of PNG scanlines (a filter byte, then the row's bytes), compressed as
/// independent segments of rows on all cores and joined into a single valid stream.
///
/// Each segment is raw deflate primed with the 32 KiB of scanline data before it (so the
/// ratio barely changes); all but the last end on a byte-aligned sync flush, so the
/// segments concatenate; the Adler-32 checksums combine. The segment boundaries depend
/// only on the image size, never on the core count, so the bytes are deterministic.
/// `@unchecked Sendable`: segments only read the rows, and each writes its own result slot.
struct ZlibSegments: @unchecked Sendable {
    /// Where the rows are: row `y` starts at `base + y * pitch` and is `rowBytes` long.
    let base: UnsafeRawPointer
    let pitch: Int
    let rowBytes: Int
    let rows: Int
    let level: Int32
    let memoryLevel: Int32

    /// Scanline bytes per segment, at least (a segment holds whole rows).
    static let segmentBytes = 4 << 20
    static let windowBytes = 32 << 10

    /// The complete zlib stream (header, deflate data, Adler-32).
    func compress() throws(NativeError) -> [UInt8] {
        let scanline = rowBytes + 1
        let rowsPerSegment = max(1, Self.segmentBytes / scanline)
        let count = (rows + rowsPerSegment - 1) / rowsPerSegment
        var results = [Segment?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slotsBase = slots.baseAddress
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let first = index * rowsPerSegment
                let range = first..<min(rows, first + rowsPerSegment)
                slotsBase?[index] = compressSegment(range, isLast: range.upperBound == rows)
            }
        }
        var stream: [UInt8] = [0x78, 0x5E]  // deflate, 32 KiB window, "fast" level, no dictionary
        var adler = adler32(0, nil, 0)
        for (index, result) in results.enumerated() {
            guard let result else { throw .creationFailed("zlib could not compress PNG segment \(index)") }
            stream += result.bytes
            adler = adler32_combine(adler, result.adler, result.length)
        }
        for shift in [24, 16, 8, 0] { stream.append(UInt8(truncatingIfNeeded: adler >> UInt(shift))) }
        return stream
    }

    /// One segment's raw deflate bytes, Adler-32 and input length.
    struct Segment {
        var bytes: [UInt8]
        var adler: uLong
        var length: Int
    }

    private func compressSegment(_ range: Range<Int>, isLast: Bool) -> Segment? {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, memoryLevel, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        if range.lowerBound > 0 {
            var dictionary = precedingWindow(before: range.lowerBound)
            guard deflateSetDictionary(&stream, &dictionary, uInt(dictionary.count)) == Z_OK else { return nil }
        }
        let inputLength = range.count * (rowBytes + 1)
        let filter = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        filter.initialize(to: 0)  // filter type None
        defer { filter.deallocate() }
        var adler = adler32(0, nil, 0)
        var ok = true
        // Uninitialised: pages the compressed data never reaches are never touched.
        let capacity = Int(deflateBound(&stream, uLong(inputLength))) + 64
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { output, written in
            stream.next_out = output.baseAddress
            stream.avail_out = uInt(output.count)
            for y in range where ok {
                let row = UnsafeMutablePointer(mutating: (base + y * pitch).assumingMemoryBound(to: UInt8.self))
                adler = adler32(adler, filter, 1)
                adler = adler32(adler, row, uInt(rowBytes))
                let end = y == range.upperBound - 1 ? (isLast ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH
                ok = feed(&stream, filter, 1, flush: Z_NO_FLUSH) && feed(&stream, row, rowBytes, flush: end)
            }
            written = ok ? output.count - Int(stream.avail_out) : 0
        }
        return ok ? Segment(bytes: bytes, adler: adler, length: inputLength) : nil
    }

    /// Runs deflate over `count` bytes; the output buffer is sized never to run out.
    private func feed(_ stream: inout z_stream, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int,
                      flush: Int32) -> Bool {
        stream.next_in = bytes
        stream.avail_in = uInt(count)
        let status = deflate(&stream, flush)
        let done = flush == Z_FINISH ? status == Z_STREAM_END : status == Z_OK || status == Z_BUF_ERROR
        return done && stream.avail_in == 0
    }

    /// The last `windowBytes` of scanline data before row `row` (filter bytes included).
    private func precedingWindow(before row: Int) -> [UInt8] {
        var chunks: [[UInt8]] = []
        var total = 0
        var y = row - 1
        while y >= 0 && total < Self.windowBytes {
            let start = (base + y * pitch).assumingMemoryBound(to: UInt8.self)
            chunks.append([0] + Array(UnsafeBufferPointer(start: start, count: rowBytes)))
            total += rowBytes + 1
            y -= 1
        }
        let joined = Array(chunks.reversed().joined())
        return Array(joined.suffix(Self.windowBytes))
    }
}
