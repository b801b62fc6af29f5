import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a helper program (pdftotext, antiword) on a file, as a subprocess: its licence stays
/// outside Gonghui's binary. No shell is involved (names with spaces, quotes or Chinese are
/// arguments, not words), the run has a time limit, and its output a size limit.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: [UInt8]
        var errors: String
    }

    /// The program's full path, found on PATH (and in the usual Debian places).
    static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"] where !dir.isEmpty {
            let candidate = dir + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `program` with `arguments`, reading its standard output up to `maxOutput` bytes.
    /// Throws when it cannot start, runs longer than `timeout` seconds (it is killed) or writes
    /// more than `maxOutput`.
    static func run(_ program: String, _ arguments: [String], timeout: Double, maxOutput: Int, path: String) throws(GonghuiError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw GonghuiError(.unreadable, "\(path): cannot run \((program as NSString).lastPathComponent) (\(error.localizedDescription))")
        }
        // Read both pipes on their own threads, so that neither can fill and block the child.
        let collected = Collected()
        let readers = DispatchGroup()
        readers.enter()
        let stdout = out.fileHandleForReading, stderr = err.fileHandleForReading
        Thread.detachNewThread {
            while true {
                let chunk = stdout.availableData
                if chunk.isEmpty { break }
                if !collected.append(chunk, limit: maxOutput) { process.terminate() }
            }
            readers.leave()
        }
        readers.enter()
        Thread.detachNewThread {
            collected.setErrors(stderr.readDataToEndOfFile())
            readers.leave()
        }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        readers.wait()
        let name = (program as NSString).lastPathComponent
        if timedOut { throw GonghuiError(.unreadable, "\(path): \(name) took longer than \(Int(timeout)) s; stopped") }
        let (output, overflow, errors) = collected.result()
        if overflow { throw GonghuiError(.tooLarge, "\(path): \(name) wrote more than \(maxOutput.byteDescription) of text") }
        return Result(status: process.terminationStatus, output: output, errors: String(decoding: errors, as: UTF8.self))
    }

    /// What the reader threads collect, behind a lock.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var output: [UInt8] = []
        private var overflow = false
        private var errors = Data()

        /// Appends a chunk; false once the output is over the limit.
        func append(_ chunk: Data, limit: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if output.count + chunk.count > limit { overflow = true } else { output.append(contentsOf: chunk) }
            return !overflow
        }

        func setErrors(_ data: Data) {
            lock.lock()
            errors = data.prefix(4096)
            lock.unlock()
        }

        func result() -> ([UInt8], Bool, Data) {
            lock.lock()
            defer { lock.unlock() }
            return (output, overflow, errors)
        }
    }

    /// Writes bytes to a new private temporary file for a helper to read, and removes it after.
    static func withTemporaryFile<T>(_ bytes: [UInt8], suffix: String, path: String, _ body: (String) throws(GonghuiError) -> T) throws(GonghuiError) -> T {
        var template = Array((NSTemporaryDirectory() + "/gonghui-XXXXXX" + suffix).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { throw GonghuiError(.unreadable, "\(path): cannot make a temporary file") }
        // The name mkstemps filled in, up to its terminating NUL.
        let file = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(file) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n <= 0 { close(fd); throw GonghuiError(.unreadable, "\(path): cannot write a temporary file") }
            written += n
        }
        close(fd)
        return try body(file)
    }
}
