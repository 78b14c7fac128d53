import Foundation
import RedlineWorkloads

// Writes the benchmark workloads W1–W4 as plain-text files:
//
//   redline-workloads OUT_DIR [--corpora DIR]
//
//   OUT_DIR/W1/{old,new}.txt   OUT_DIR/W2/{old,new}.txt   OUT_DIR/W3/{old,new}.txt
//   OUT_DIR/W4/old/article-NNNN.txt and OUT_DIR/W4/new/article-NNNN.txt (500 pairs)
//
// With --corpora DIR, paragraphs are drawn from the .txt files under DIR when
// there are any; otherwise from the built-in contract vocabulary.

var arguments = Array(CommandLine.arguments.dropFirst())
var corpora: String? = nil
if let index = arguments.firstIndex(of: "--corpora"), index + 1 < arguments.count {
    corpora = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
guard arguments.count == 1 else {
    FileHandle.standardError.write(Data("usage: redline-workloads OUT_DIR [--corpora DIR]\n".utf8))
    exit(2)
}
let out = URL(fileURLWithPath: arguments[0])
let workloads = Workloads(corporaDirectory: corpora)
let fm = FileManager.default

func write(_ text: String, _ path: String) throws {
    let url = out.appendingPathComponent(path)
    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

do {
    for pair in [workloads.w1(), workloads.w2(), workloads.w3()] {
        try write(pair.old, "\(pair.name)/old.txt")
        try write(pair.new, "\(pair.name)/new.txt")
    }
    for pair in workloads.w4() {
        try write(pair.old, "W4/old/\(pair.name).txt")
        try write(pair.new, "W4/new/\(pair.name).txt")
    }
    print("source: \(workloads.generator.usesCorpus ? "corpora .txt files" : "built-in vocabulary")")
} catch {
    FileHandle.standardError.write(Data("redline-workloads: \(error)\n".utf8))
    exit(2)
}
