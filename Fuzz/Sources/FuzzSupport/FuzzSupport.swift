import Foundation
import Gonghui

/// What every fuzz target shares: the dictionaries (loaded once: `$GONGHUI_DICTIONARIES`, set by
/// scripts/fuzz) and a pipeline with the standard limits. An error thrown by the code under test
/// is a correct answer to bad input; only crashes, hangs and runaway memory are findings.
public enum Fuzz {
    public static let dictionaries: Dictionaries = {
        do { return try Dictionaries.load() } catch {
            fatalError("fuzz: cannot load the dictionaries (\(error)); set GONGHUI_DICTIONARIES")
        }
    }()

    public nonisolated(unsafe) static let pipeline: Pipeline = {
        do { return try Pipeline(dictionaries: dictionaries) } catch {
            fatalError("fuzz: cannot build the pipeline (\(error))")
        }
    }()

    /// A pipeline that reads in windows of 96 units, so that short inputs go through the
    /// windowed reading long documents take (`TextWindows`).
    public nonisolated(unsafe) static let windowed: Pipeline = {
        do {
            let p = try Pipeline(dictionaries: dictionaries)
            p.normalizer.windowLimit = 96
            return p
        } catch {
            fatalError("fuzz: cannot build the pipeline (\(error))")
        }
    }()

    public static let ingestor = Ingestor(dictionaries: dictionaries)

    /// Hands the target's LLVMFuzzerTestOneInput to libFuzzer's driver (SwiftPM gives an
    /// executable its own `main`, so libFuzzer's may not be the one that runs) and exits with
    /// the fuzzer's status.
    public static func run() -> Never {
        warmUp()
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, drive)
        exit(status)
    }

    /// Loads the dictionaries, builds the pipelines and reads one document before libFuzzer
    /// starts its clock: under the address sanitizer that set-up takes seconds on a slow
    /// machine, and charged to the first input it looked like a hang (`-timeout`).
    static func warmUp() {
        _ = ingestor
        for p in [pipeline, windowed] {
            if let d = try? p.document(bytes: Array("warm-up 2024\n".utf8), path: "warm-up.txt") {
                _ = p.extractRecords(from: d)
            }
        }
    }

    /// The fuzzer's bytes as an array.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes as text: invalid UTF-8 becomes U+FFFD, as a decoder would leave it.
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}

/// libFuzzer's entry for programs with their own main (compiler-rt, FuzzerInterface.h).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The target's entry, defined in its main.swift.
@_silgen_name("LLVMFuzzerTestOneInput")
func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt

nonisolated(unsafe) let emptyInput = UnsafePointer<UInt8>(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))

/// What libFuzzer's driver calls for each input.
func drive(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    LLVMFuzzerTestOneInput(data ?? emptyInput, size)
}
