import Foundation

/// Where test inputs live: the bundled `corpora/` and, when present, the shared real documents.
public enum Fixtures {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `corpora/` in the package.
    public static var corpora: URL { packageRoot.appendingPathComponent("corpora") }

    /// `../shared/real`, or `$REDLINE_SHARED/real`; nil when absent (tests that need it skip).
    public static var sharedReal: URL? {
        let base = ProcessInfo.processInfo.environment["REDLINE_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        let real = base.appendingPathComponent("real")
        return FileManager.default.fileExists(atPath: real.path) ? real : nil
    }

    /// True when `../shared/real` is present.
    public static var hasSharedReal: Bool { sharedReal != nil }

    /// Files in `folder` whose names end with `suffix`, sorted by name.
    public static func files(in folder: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Reads a file as UTF-8 text.
    public static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
