// wdiff-bench: a tiny command around RedlineDiff for whole-process timing.
//
//   wdiff-bench [options] OLD NEW          diff two files
//   wdiff-bench [options] --dirs OLD NEW   diff every OLD/x with NEW/x (in parallel)
//
// Options:
//   --no-cleanup        skip semantic clean-up
//   --cost-limit N      DiffOptions.costLimit
//   --serial            (--dirs) one file at a time
//   --stats             also print edit sizes in git-word-diff tokens
//                       ([[:alnum:]]+ | one non-space character)
//   --minimal           also print the minimal edit size in git tokens and in
//                       Redline content tokens (exact Myers, no anchors, no bound)
//   --repeat N          run the diff N times and print the mean time per run
//   --show              print the redline as text: [-deleted-]{+inserted+}
//
// Prints one `key=value` line. Uses no Foundation (only libc and Dispatch),
// so process start-up stays small.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import RedlineDiff

func fail(_ message: String) -> Never {
    let bytes = Array("wdiff-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func readFile(_ path: String) -> String {
    let fd = open(path, O_RDONLY)
    if fd < 0 { fail("cannot open \(path)") }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) != 0 { fail("cannot stat \(path)") }
    let size = Int(info.st_size)
    // One read straight into the string's storage (validated as UTF-8 by String).
    return String(unsafeUninitializedCapacity: size) { buffer in
        var filled = 0
        while filled < size {
            let count = read(fd, buffer.baseAddress! + filled, size - filled)
            if count < 0 { fail("cannot read \(path)") }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}

func listFiles(_ directory: String) -> [String] {
    guard let dir = opendir(directory) else { fail("cannot open directory \(directory)") }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
}

func nowSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

// MARK: - git-word-diff tokens

/// Splits text like `--word-diff-regex='[[:alnum:]]+|[^[:space:][:alnum:]]'`.
func gitTokens(_ text: String) -> [Substring] {
    var tokens: [Substring] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    func isAlnum(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
    while index < scalars.endIndex {
        let s = scalars[index]
        if s.properties.isWhitespace {
            index = scalars.index(after: index)
        } else if isAlnum(s) {
            let start = index
            while index < scalars.endIndex && isAlnum(scalars[index]) { index = scalars.index(after: index) }
            tokens.append(Substring(scalars[start..<index]))
        } else {
            let next = scalars.index(after: index)
            tokens.append(Substring(scalars[index..<next]))
            index = next
        }
    }
    return tokens
}

func gitTokenCount(_ text: String) -> Int { gitTokens(text).count }

/// The minimal insert+delete count between the git-token sequences.
func minimalGitEdit(_ old: String, _ new: String) -> Int {
    var interner = TokenInterner()
    let a = gitTokens(old).map { interner.intern(String($0)) }
    let b = gitTokens(new).map { interner.intern(String($0)) }
    let (edits, _) = IntDiff.diff(a, b, costLimit: .max, anchoring: false)
    return edits.reduce(0) { $0 + ($1.kind == .equal ? 0 : $1.oldRange.count + $1.newRange.count) }
}

/// The minimal insert+delete count between the content tokens (words,
/// numbers, punctuation) of Redline's tokenizer.
func minimalContentEdit(_ old: String, _ new: String) -> Int {
    var interner = TokenInterner()
    func content(_ text: String) -> [Int32] {
        let t = TokenizedText(text)
        let ids = interner.ids(for: t)
        return (0..<t.count).filter { t.kinds[$0] != .whitespace }.map { ids[$0] }
    }
    let a = content(old), b = content(new)
    let (edits, _) = IntDiff.diff(a, b, costLimit: .max, anchoring: false)
    return edits.reduce(0) { $0 + ($1.kind == .equal ? 0 : $1.oldRange.count + $1.newRange.count) }
}

// MARK: - Summary

struct Summary {
    var files = 0
    var operations = 0
    var insertedTokens = 0  // content (non-whitespace) tokens
    var deletedTokens = 0
    var wordsInserted = 0
    var wordsDeleted = 0
    var gitTokenEdits = 0
    var minimal = true
    var minimalGitTokens = 0
    var minimalContentTokens = 0

    mutating func add(_ other: Summary) {
        files += other.files
        operations += other.operations
        insertedTokens += other.insertedTokens
        deletedTokens += other.deletedTokens
        wordsInserted += other.wordsInserted
        wordsDeleted += other.wordsDeleted
        gitTokenEdits += other.gitTokenEdits
        minimal = minimal && other.minimal
        minimalGitTokens += other.minimalGitTokens
        minimalContentTokens += other.minimalContentTokens
    }
}

func summarize(_ diff: TextDiff, old: String, new: String, stats: Bool) -> Summary {
    var summary = Summary(files: 1, operations: diff.operations.count, minimal: diff.isMinimal)
    summary.wordsInserted = diff.wordsInserted
    summary.wordsDeleted = diff.wordsDeleted
    // Content-token counts from the token ranges (whitespace excluded).
    if stats {
        let a = TokenizedText(old), b = TokenizedText(new)
        for op in diff.operations {
            switch op.kind {
            case .equal: break
            case .delete:
                summary.deletedTokens += op.oldRange.filter { a.kinds[$0] != .whitespace }.count
                summary.gitTokenEdits += gitTokenCount(op.text)
            case .insert:
                summary.insertedTokens += op.newRange.filter { b.kinds[$0] != .whitespace }.count
                summary.gitTokenEdits += gitTokenCount(op.text)
            }
        }
    }
    return summary
}

// MARK: - Main

/// Result slots written by parallel workers, each index by exactly one worker.
struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Summary>
}

func run() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var options = DiffOptions()
    var dirs = false, serial = false, stats = false, minimal = false, show = false
    var repeatCount = 1
    var paths: [String] = []
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        switch argument {
        case "--no-cleanup": options.semanticCleanup = false
        case "--cost-limit":
            guard let value = arguments.first.flatMap({ Int($0) }) else { fail("--cost-limit needs a number") }
            arguments.removeFirst()
            options.costLimit = value
        case "--dirs": dirs = true
        case "--show": show = true
        case "--serial": serial = true
        case "--stats": stats = true
        case "--minimal": minimal = true; stats = true
        case "--repeat":
            guard let value = arguments.first.flatMap({ Int($0) }), value > 0 else { fail("--repeat needs a number") }
            arguments.removeFirst()
            repeatCount = value
        default:
            if argument.hasPrefix("--") { fail("unknown option \(argument)") }
            paths.append(argument)
        }
    }
    guard paths.count == 2 else { fail("usage: wdiff-bench [options] [--dirs] OLD NEW") }

    var pairs: [(String, String)] = []
    if dirs {
        let names = listFiles(paths[0])
        let available = Set(listFiles(paths[1]))
        pairs = names.filter { available.contains($0) }.map { (paths[0] + "/" + $0, paths[1] + "/" + $0) }
    } else {
        pairs = [(paths[0], paths[1])]
    }

    let start = nowSeconds()
    var total = Summary()
    if dirs && !serial && !minimal && repeatCount == 1 && !show && pairs.count > 1 {
        let slots = Slots(buffer: .allocate(capacity: pairs.count))
        slots.buffer.initialize(repeating: Summary())
        let work = pairs, diffOptions = options, withStats = stats
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let old = readFile(work[index].0), new = readFile(work[index].1)
            slots.buffer[index] = summarize(
                WordDiff.diff(old, new, options: diffOptions), old: old, new: new, stats: withStats)
        }
        for summary in slots.buffer { total.add(summary) }
        slots.buffer.deallocate()
    } else {
        for (oldPath, newPath) in pairs {
            let old = readFile(oldPath), new = readFile(newPath)
            var diff = WordDiff.diff(old, new, options: options)
            if repeatCount > 1 {
                let t0 = nowSeconds()
                for _ in 0..<repeatCount { diff = WordDiff.diff(old, new, options: options) }
                let mean = (nowSeconds() - t0) / Double(repeatCount)
                print("mean_diff_ms=\(Double(Int(mean * 100_000)) / 100)")
            }
            var summary = summarize(diff, old: old, new: new, stats: stats)
            if minimal {
                summary.minimalGitTokens = minimalGitEdit(old, new)
                summary.minimalContentTokens = minimalContentEdit(old, new)
            }
            total.add(summary)
            if show {
                var out = ""
                for op in diff.operations {
                    switch op.kind {
                    case .equal: out += op.newText ?? op.text
                    case .delete: out += "[-" + op.text + "-]"
                    case .insert: out += "{+" + op.text + "+}"
                    }
                }
                print(out)
            }
        }
    }
    let elapsed = nowSeconds() - start

    var line = "files=\(total.files) ops=\(total.operations) words_inserted=\(total.wordsInserted) words_deleted=\(total.wordsDeleted) minimal=\(total.minimal)"
    if stats {
        line += " content_tokens_edited=\(total.insertedTokens + total.deletedTokens) git_tokens_edited=\(total.gitTokenEdits)"
        line += " seconds=\(Double(Int(elapsed * 100_000)) / 100_000)"
    }
    if minimal {
        line += " minimal_git_tokens=\(total.minimalGitTokens) minimal_content_tokens=\(total.minimalContentTokens)"
    }
    print(line)
}

run()
