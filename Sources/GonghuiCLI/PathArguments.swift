import ArgumentParser
import Foundation
import Gonghui

/// Paths given in bulk — a shell glob of 100,000 files (`gonghui extract dir/*.txt`) — are taken
/// off the command line before ArgumentParser reads it: its handling of positional arguments
/// grows with the square of their number, and took most of the run. The commands that read
/// many files add them back from `taken`, in order, after the ones the parser saw.
enum PathArguments {
    /// Paths taken off the command line, in order.
    nonisolated(unsafe) static var taken: [String] = []

    /// The commands whose positional arguments are paths, any number of them.
    static let commands: Set<String> = ["extract", "ingest", "audit", "normalize", "segment", "quantities", "digest"]

    /// Options of those commands that take a value: the argument after one is its value, not
    /// a path. A test checks the list against the commands' own description of their options.
    static let valueOptions: Set<String> = ["--format", "--output", "--jobs", "--encoding", "--dictionaries", "--max-size", "--db", "--files-from", "--federation", "--years", "--lang"]

    /// How many paths the parser is still given: enough for its own checks.
    static let keep = 1

    /// The arguments without the bulk of their paths (kept in `taken`); unchanged for other
    /// commands, for short lists, and after `--` (where everything is positional anyway).
    static func split(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, commands.contains(command), arguments.count > 64 else { return arguments }
        var kept: [String] = [command]
        var paths = 0
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { kept.append(contentsOf: arguments[i...]); break }
            if a.hasPrefix("-") && a != "-" {
                kept.append(a)
                // --name value (not --name=value): the value goes with it.
                if !a.contains("="), valueOptions.contains(a), i + 1 < arguments.count { kept.append(arguments[i + 1]); i += 1 }
            } else if paths < keep {
                kept.append(a)
                paths += 1
            } else {
                taken.append(a)
            }
            i += 1
        }
        return kept
    }
}

/// `--files-from FILE|-`: paths one per line, for lists too long for a command line.
struct FileListOptions: ParsableArguments {
    @Option(name: .customLong("files-from"), help: ArgumentHelp("Also read the paths of reports from this file, one per line (- for standard input).", valueName: "file"))
    var filesFrom: String?

    /// The paths given as arguments, those taken off the command line, then those of the list.
    func paths(_ given: [String]) throws -> [String] {
        var out = given + PathArguments.taken
        guard let filesFrom else { return out }
        if filesFrom == "-" && given.contains("-") {
            Console.error("--files-from - and - both read standard input: give one")
            throw ExitCode(1)
        }
        let data: Data
        if filesFrom == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: filesFrom) else {
                Console.error("\(filesFrom): cannot read the list of files")
                throw ExitCode(1)
            }
            data = d
        }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let path = line.trimmingCharacters(in: .whitespaces)
            if !path.isEmpty { out.append(path) }
        }
        return out
    }
}
