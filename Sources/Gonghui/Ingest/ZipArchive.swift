import Foundation
import GonghuiZlib

/// A ZIP container (.docx, .odt) read by Gonghui itself: the central directory, each entry's
/// local header, and its data inflated with zlib — every offset and size checked against the
/// file, the output bounded. ZIPFoundation's readers (still used to write workbooks) trapped on
/// a central directory pointing past the end of the data and looped for ever on a deflate stream
/// that never ends (both found by FuzzDOCX; corpora/bad/zip-*-past-end.docx and
/// zip-endless-deflate.docx).
struct ZipArchive {
    struct Entry {
        var name: String
        var method: Int
        var compressedSize: Int
        var uncompressedSize: Int
        var dataStart: Int
    }

    let bytes: [UInt8]
    let entries: [Entry]

    subscript(name: String) -> Entry? { entries.first { $0.name == name } }
    func contains(where test: (Entry) -> Bool) -> Bool { entries.contains(where: test) }

    static func open(_ bytes: [UInt8], path: String, kind: String) throws(GonghuiError) -> ZipArchive {
        func damaged(_ why: String) -> GonghuiError { GonghuiError(.brokenContainer, "\(path): not a readable \(kind) (\(why))") }
        let b = bytes
        func u16(_ i: Int) -> Int { i >= 0 && i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i >= 0 && i + 4 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 : -1 }
        // The end-of-central-directory record, within the last 64 KB + 22 bytes.
        var eocd = -1
        var i = b.count - 22
        while i >= max(0, b.count - 65_557) {
            if u32(i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw damaged("the ZIP container is damaged: no end of central directory") }
        let count = u16(eocd + 10)
        var at = u32(eocd + 16)
        guard count >= 0, count < 65_535, at >= 0, at < b.count else { throw damaged("the ZIP container is damaged (ZIP64 or a bad directory)") }
        var entries: [Entry] = []
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50 else { throw damaged("the ZIP container is damaged: a bad central directory") }
            let method = u16(at + 10), size = u32(at + 20), full = u32(at + 24)
            let nameLength = u16(at + 28), local = u32(at + 42)
            guard at + 46 + nameLength <= b.count else { throw damaged("the ZIP container is damaged: a name past the end") }
            let name = String(decoding: b[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
            guard size != 0xFFFF_FFFF, full != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { throw damaged("ZIP64 entries are not supported") }
            guard u32(local) == 0x0403_4B50 else { throw damaged("the ZIP container is damaged: \(name) has no local header") }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + size <= b.count else { throw damaged("the ZIP container is damaged: \(name) runs past the end of the file") }
            entries.append(Entry(name: name, method: method, compressedSize: size, uncompressedSize: full, dataStart: dataStart))
        }
        return ZipArchive(bytes: bytes, entries: entries)
    }

    /// An entry's bytes, at most `limit` of them whatever the entry claims.
    func extract(_ entry: Entry, limit: Int, path: String) throws(GonghuiError) -> [UInt8] {
        let input = Array(bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
        switch entry.method {
        case 0:
            guard input.count <= limit else { throw GonghuiError(.zipBomb, "\(path): \(entry.name) is over the \(limit.byteDescription) limit") }
            return input
        case 8:
            return try Self.inflate(input, limit: limit, name: entry.name, path: path)
        default:
            throw GonghuiError(.brokenContainer, "\(path): \(entry.name) is compressed with method \(entry.method), which Gonghui does not read")
        }
    }

    /// Raw deflate, bounded: the stream must end within its input and within `limit` bytes.
    static func inflate(_ input: [UInt8], limit: Int, name: String, path: String) throws(GonghuiError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GonghuiError(.brokenContainer, "\(path): cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = GonghuiZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: out[0..<(out.count - Int(stream.avail_out))])
                }
                if output.count > limit { status = Z_MEM_ERROR; break }
                // No input left and no progress: the stream does not end.
                if status == Z_OK, stream.avail_in == 0, stream.avail_out != 0 { status = Z_BUF_ERROR }
            }
        }
        if output.count > limit {
            throw GonghuiError(.zipBomb, "\(path): \(name) decompresses to more than the \(limit.byteDescription) limit")
        }
        guard status == Z_STREAM_END else {
            throw GonghuiError(.brokenContainer, "\(path): \(name) cannot be decompressed (damaged archive)")
        }
        return output
    }
}
