import Foundation
import RedlineReaders

/// The documents named on the command line, folders expanded.
enum DocumentFiles {
    /// File extensions read as documents when a folder is expanded.
    static let extensions: Set<String> = ["html", "htm", "xhtml", "xml", "docx", "pdf", "txt", "text", "md", "markdown"]

    /// Files as given, and the documents under each folder (recursively, sorted, hidden entries skipped).
    static func expand(_ arguments: [String]) throws -> [(path: String, fromFolder: Bool)] {
        var result: [(path: String, fromFolder: Bool)] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                result.append((argument, false))
                continue
            }
            let documents = (FileManager.default.enumerator(atPath: argument)?.allObjects as? [String] ?? [])
                .filter { path in
                    !path.split(separator: "/").contains { $0.hasPrefix(".") }
                        && extensions.contains((path as NSString).pathExtension.lowercased())
                }
                .sorted()
                .map { (argument as NSString).appendingPathComponent($0) }
            guard !documents.isEmpty else {
                throw ReadError(file: argument, reason: .unreadable("the folder holds no documents (.html, .docx, .pdf, .xml, .txt, .md)"))
            }
            result += documents.map { ($0, true) }
        }
        return result
    }
}
