import ArgumentParser
import Foundation
import Gonghui

extension GonghuiCommand {
    /// `gonghui extract FILE... [--format jsonl|json|csv|table] [--output PATH]`.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the metric records of reports (membership, unions, contracts, aid, training …).",
            discussion: """
            Records follow Gonghui's record contract (README, "Records"): metric, value, unit, \
            qualifier, kind, surface, sentence, start, end, federation, region, year, plus source. \
            A file that cannot be read is reported on stderr; the others are still processed and \
            the exit status is 1. With --output DIR (an existing directory), each input gets its \
            own NAME.<format> file. jsonl, json and csv are written as each batch of files is \
            done (short files are read together, up to about 750 KB of text); table waits for \
            all records to size its columns.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case jsonl, json, csv, table, xlsx
        }

        @Argument(help: ArgumentHelp("Reports to read (files or directories); - reads standard input.", valueName: "file"))
        var files: [String] = []

        @OptionGroup var list: FileListOptions

        @Option(help: "Output format: jsonl (one record per line), json, csv (UTF-8 with BOM, for Excel), table, or xlsx (an Excel workbook with a records and a sources sheet; needs --output).")
        var format: Format = .jsonl

        @Option(help: ArgumentHelp("Write to this file (or, if it is a directory, one file per input) instead of standard output.", valueName: "path"))
        var output: String?

        @Option(help: "Files read at once (the default is the number of cores); output keeps the order given.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(help: "Explain on stderr what was decided for every quantity, and why (the leading metrics and their scores).")
        var explain = false

        @OptionGroup var input: InputOptions

        func validate() throws {
            if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook: give --output FILE.xlsx") }
        }

        func run() throws {
            let pipeline = try input.pipeline()
            let perInput = output.map { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            } ?? false
            let files = try list.paths(self.files)
            guard !files.isEmpty else { throw ValidationError("give the reports to read: files, directories, - or --files-from") }
            let listing = try report { try ReportFiles.list(files.filter { $0 != "-" }) }
            let problems = noteSkipped(listing)
            var inputs = listing.files
            if files.contains("-") { inputs.insert("-", at: 0) }
            var failures = listing.missing.map { "\($0): no such file or directory" } + problems

            // One stream for all inputs, unless each input gets its own file.
            // (A file is written under a temporary name and renamed when complete.)
            let file: OutputFile? = perInput ? nil : try output.map { try OutputFile($0) }
            let stream: Console.Output? = perInput ? nil : (file?.output ?? Console.Output())
            let catalog = pipeline.dictionaries.metrics
            var table: [MetricRecord] = []
            var sources: [(path: String, records: Int)] = []
            // Records written so far, for the separators of --format json. Boxed in an array: with a
            // plain Int, Swift 6.0 folds the final test as if `emit` never ran (a spurious warning).
            var jsonItems = [Int](repeating: 0, count: 1)
            switch format {
            case .csv: stream?.write(RecordCSV.headerLine())
            case .json: stream?.write("[")
            default: break
            }
            /// One input, read and extracted (on any thread).
            struct Done { var warnings: [String]; var records: [MetricRecord] }
            let explain = self.explain
            /// Inputs read as batches (on any thread), each one's records gathered.
            @Sendable func process(_ pipeline: Pipeline, _ paths: [String], readAhead: Bool = true) -> [Result<Done, GonghuiError>] {
                var done: [Result<Done, GonghuiError>] = []
                var current: [MetricRecord] = []
                pipeline.extract(paths: paths, readAhead: readAhead, explain: explain ? { k, note in Console.note("\(paths[k])\t\(note)") } : nil,
                                 each: { _, e in current += e.records }, finished: { _, outcome in
                    done.append(outcome.map { Done(warnings: $0.map(\.message), records: current) })
                    current = []
                })
                return done
            }
            func emit(_ path: String, _ result: Result<Done, GonghuiError>) throws {
                let records: [MetricRecord]
                switch result {
                case .failure(let error):
                    Console.error(error.description)
                    failures.append(error.description)
                    return
                case .success(let done):
                    for w in done.warnings { Console.warning(w) }
                    records = done.records
                }
                if perInput, let output {
                    let url = outputURL(for: path, in: output)
                    if format == .xlsx {
                        try OutputFile.write(bytes: try report { try RecordWorkbook.records(records, sources: [(path, records.count)], dictionaries: pipeline.dictionaries).data() }, to: url.path)
                    } else {
                        try write(render(records, catalog: catalog), to: url.path)
                    }
                } else if let stream {
                    switch format {
                    case .jsonl, .json, .csv: writeRecords(records, to: stream)
                    case .table: table += records
                    case .xlsx:
                        table += records
                        sources.append((path, records.count))
                    }
                }
            }
            /// Records onto the one output stream, as they come.
            func writeRecords(_ records: [MetricRecord], to stream: Console.Output) {
                switch format {
                case .jsonl: for r in records { stream.line(utf8: r.jsonUTF8) }
                case .json:
                    for r in records {
                        stream.write((jsonItems[0] == 0 ? "\n  " : ",\n  ") + r.jsonObject)
                        jsonItems[0] += 1
                    }
                case .csv: for r in records { stream.write(RecordCSV.row(r, catalog: catalog)) }
                case .table, .xlsx: break
                }
            }
            /// One input on this thread, its records written window by window (a long document's
            /// records are never all held at once).
            @discardableResult
            func streamRecords(_ path: String, to stream: Console.Output) -> Bool {
                do {
                    // One long file alone: its windows on all the threads.
                    let warnings = try pipeline.extract(path: path, jobs: inputs.count == 1 ? jobs : 1, explain: explain ? { Console.note("\(path)\t\($0)") } : nil) {
                        writeRecords($0.records, to: stream)
                    }
                    for w in warnings { Console.warning(w.message) }
                    return true
                } catch {
                    Console.error(error.description)
                    failures.append(error.description)
                    return false
                }
            }
            // Files on all cores, written in the order given; standard input and --explain
            // (whose notes must not interleave) on this thread.
            if jobs > 1 && !explain && !inputs.contains("-") && inputs.count > 1 {
                let dictionaries = pipeline.dictionaries, limits = input.limits, encoding = input.encoding, keep = input.keepBoilerplate, ocr = input.ocr
                let paths = inputs
                // Runs of consecutive files, each read as batches (`Pipeline.extract(paths:)`).
                let runs = Pipeline.fileRuns(count: inputs.count, jobs: jobs)
                // One read-ahead for all the runs, in the order the threads take them.
                let prefetch = FilePrefetch(paths: paths)
                defer { prefetch?.stop() }
                var thrown: Error?
                OrderedParallel.run(count: runs.count, jobs: jobs, makeState: {
                    guard let p = try? Pipeline(dictionaries: dictionaries, limits: limits, encoding: encoding) else { return nil }
                    p.normalizer.keepsBoilerplate = keep
                    p.ingestor.ocr = ocr
                    return p
                }, work: { (p: inout Pipeline, r: Int) -> [Result<Done, GonghuiError>] in
                    prefetch?.reached(runs[r].lowerBound)
                    return process(p, Array(paths[runs[r]]), readAhead: false)
                }, consume: { r, results in
                    for (i, result) in results.enumerated() where thrown == nil {
                        do { try emit(inputs[runs[r].lowerBound + i], result) } catch { thrown = error }
                    }
                })
                if let thrown { file?.abandon(); throw thrown }
            } else if perInput {
                do {
                    for path in inputs {
                        if let output, [.jsonl, .csv].contains(format) {
                            // Its own file, written as it comes; none when the input fails.
                            let file = try OutputFile(outputURL(for: path, in: output).path)
                            if format == .csv { file.output.write(RecordCSV.headerLine()) }
                            if streamRecords(path, to: file.output) { try file.commit() } else { file.abandon() }
                        } else {
                            try emit(path, process(pipeline, [path])[0])
                        }
                    }
                } catch {
                    file?.abandon()
                    throw error
                }
            } else {
                // One stream: short files read as batches, records written as each batch is done
                // (a long file's window by window, on all the threads when it is alone); table
                // and xlsx gather them.
                let streaming = [.jsonl, .json, .csv].contains(format)
                var current: [MetricRecord] = []
                var thrown: Error?
                pipeline.extract(paths: inputs, jobs: inputs.count == 1 ? jobs : 1, explain: explain ? { k, note in Console.note("\(inputs[k])\t\(note)") } : nil, each: { _, e in
                    if streaming, let stream { writeRecords(e.records, to: stream) } else { current += e.records }
                }, finished: { k, outcome in
                    defer { current = [] }
                    guard thrown == nil else { return }
                    if streaming, case .success(let warnings) = outcome {
                        for w in warnings { Console.warning(w.message) }
                        return
                    }
                    do { try emit(inputs[k], outcome.map { Done(warnings: $0.map(\.message), records: current) }) } catch { thrown = error }
                })
                if let thrown { file?.abandon(); throw thrown }
            }
            if let stream {
                switch format {
                case .json: stream.write(jsonItems[0] == 0 ? "]\n" : "\n]\n")
                case .table: stream.write(RecordTable.render(table, catalog: catalog))
                case .xlsx: stream.write(bytes: try report { try RecordWorkbook.records(table, sources: sources, dictionaries: pipeline.dictionaries).data() })
                default: break
                }
                stream.flush()
                if file == nil, let failure = stream.failure {
                    Console.error("standard output: cannot write (\(String(cString: strerror(failure))))")
                    throw ExitCode(1)
                }
            }
            try file?.commit()
            for f in listing.missing { Console.error("\(f): no such file or directory") }
            if !failures.isEmpty {
                Console.error("\(failures.count) of \(counted(inputs.count + listing.missing.count + problems.count, "input")) failed")
                throw ExitCode(1)
            }
        }

        /// The file of one input's records under --output DIR: its name, this format's extension.
        func outputURL(for path: String, in output: String) -> URL {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            return URL(fileURLWithPath: output).appendingPathComponent("\(name).\(format.rawValue == "table" ? "txt" : format.rawValue)")
        }

        func render(_ records: [MetricRecord], catalog: MetricCatalog) -> String {
            switch format {
            case .jsonl:
                return records.map { $0.jsonObject + "\n" }.joined()
            case .json:
                return "[\n" + records.map { "  " + $0.jsonObject }.joined(separator: ",\n") + (records.isEmpty ? "]\n" : "\n]\n")
            case .csv:
                return RecordCSV.headerLine() + records.map { RecordCSV.row($0, catalog: catalog) }.joined()
            case .table, .xlsx:
                return RecordTable.render(records, catalog: catalog)
            }
        }

        func write(_ text: String, to path: String) throws {
            try OutputFile.write(text, to: path)
        }
    }
}
