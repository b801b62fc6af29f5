import Gonghui
import Testing

/// SHA-256 identifies a corpus file's content; both implementations must agree with the
/// standard's test vectors and with each other at every length around block boundaries.
struct SHA256Tests {
    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    @Test("standard test vectors", arguments: vectors)
    func vector(_ v: (String, String)) {
        #expect(SHA256.hex(of: Array(v.0.utf8)) == v.1)
        #expect(SHA256.portableHex(of: Array(v.0.utf8)) == v.1)
    }

    @Test("a million a's")
    func million() {
        let a = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(of: a) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("hardware and portable paths agree at every length up to 300 bytes")
    func pathsAgree() {
        var bytes: [UInt8] = []
        for n in 0...300 {
            #expect(SHA256.hex(of: bytes) == SHA256.portableHex(of: bytes), "length \(n)")
            bytes.append(UInt8(truncatingIfNeeded: n &* 131 &+ 7))
        }
    }
}
