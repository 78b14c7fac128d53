import Foundation
import RedlineReaders

/// The files to compare: two files, or the files of two folders paired by relative path.
struct FilePairs {
    var matched: [(old: String, new: String)]
    var onlyInOld: [String]
    var onlyInNew: [String]
    var isFolder: Bool

    var allInputs: [String] { matched.flatMap { [$0.old, $0.new] } }

    static func resolve(old: String, new: String) throws -> FilePairs {
        let oldIsFolder = isDirectory(old)
        let newIsFolder = isDirectory(new)
        guard oldIsFolder == newIsFolder else {
            throw ReadError(
                file: oldIsFolder ? new : old,
                reason: .unreadable("compare a file with a file, or a folder with a folder"))
        }
        guard oldIsFolder else { return FilePairs(matched: [(old, new)], onlyInOld: [], onlyInNew: [], isFolder: false) }
        let oldFiles = files(under: old)
        let newFiles = files(under: new)
        let common = oldFiles.intersection(newFiles).sorted()
        return FilePairs(
            matched: common.map { ((old as NSString).appendingPathComponent($0), (new as NSString).appendingPathComponent($0)) },
            onlyInOld: oldFiles.subtracting(newFiles).sorted(), onlyInNew: newFiles.subtracting(oldFiles).sorted(),
            isFolder: true)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Relative paths of the regular files under `folder`, hidden files left out.
    private static func files(under folder: String) -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if !isDirectory((folder as NSString).appendingPathComponent(path)) { result.insert(path) }
        }
        return result
    }
}
