import Foundation
import RedlineTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `-o` and standard output under hostile conditions: device nodes, FIFOs, folders, links to an
/// input, read-only files, full devices, stale temporary files, two writers at once. Device nodes
/// and FIFOs are made in a temporary folder (the tests run as root in CI), never in the real `/dev`.
extension CommandLineTests {
    /// A temporary folder holding `in.html` (a proposal from the corpora).
    func outputFolder() throws -> (folder: URL, input: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("in.html")
        try FileManager.default.copyItem(at: Fixtures.packageRoot.appendingPathComponent(Self.initial), to: input)
        return (folder, input)
    }

    /// The bytes and modification time of a file, to show a command left it alone.
    func fingerprint(_ url: URL) throws -> (Data, Date?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (try Data(contentsOf: url), attributes[.modificationDate] as? Date)
    }

    /// The file's type bits (`S_IFCHR`, `S_IFIFO`, …), not following a symbolic link.
    func fileType(_ url: URL) -> mode_t? {
        var status = stat()
        return lstat(url.path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// Whether device nodes can be made here (root, a file system that allows them).
    static let canMakeDevices: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("redline-mknod-\(UUID().uuidString)")
        defer { unlink(probe.path) }
        return mknod(probe.path, S_IFCHR | 0o666, deviceNumber(1, 3)) == 0
    }()

    @Test(.enabled(if: canMakeDevices, "device nodes cannot be made here (needs root)"))
    func outputOntoADeviceIsWrittenInPlace() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let null = folder.appendingPathComponent("null")
        #expect(mknod(null.path, S_IFCHR | 0o666, deviceNumber(1, 3)) == 0)
        let before = try fingerprint(input)
        let result = try run(["parse", input.path, "-o", null.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        // Still the device, not a regular file put in its place, and no temporary file beside it.
        #expect(fileType(null) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in.html", "null"])
        let after = try fingerprint(input)
        #expect(after.0 == before.0 && after.1 == before.1)
    }

    @Test(.enabled(if: canMakeDevices, "device nodes cannot be made here (needs root)"))
    func aFullDeviceIsExitTwoWithOneLine() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = folder.appendingPathComponent("full")
        #expect(mknod(full.path, S_IFCHR | 0o666, deviceNumber(1, 7)) == 0)
        let viaOption = try run(["parse", input.path, "-o", full.path])
        #expect(viaOption.status == 2)
        #expect(viaOption.stderr == "redline: \(full.path): cannot write the output: no space left on device\n")
        #expect(fileType(full) == S_IFCHR)
        // Standard output redirected to the full device (`redline parse A > full`).
        let handle = try FileHandle(forWritingTo: full)
        defer { try? handle.close() }
        let viaStdout = try run(["diff", input.path, Self.counter, "--format", "json"], stdout: handle)
        #expect(viaStdout.status == 2)
        #expect(viaStdout.stderr == "redline: standard output: cannot write the output: no space left on device\n")
    }

    @Test func aClosedPipeEndsQuietlyOrWithOneLine() throws {
        // The reader goes away before the output is written: either the default SIGPIPE ends the
        // process silently (as cat) or, with SIGPIPE ignored, the failed write is one line and exit 2.
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try run(["parse", Self.contract, "--format", "json"], stdout: pipe.fileHandleForWriting)
        #expect(result.status != 0)
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stderr.isEmpty || result.stderr == "redline: standard output: cannot write the output: broken pipe\n")
    }

    @Test func outputOntoAFIFOIsWrittenInPlace() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // Read the FIFO on another thread while redline writes into it.
        let received = LockedData()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo.path) { received.set(handle.readDataToEndOfFile()) }
        }
        reader.start()
        let result = try run(["parse", input.path, "--format", "text", "-o", fifo.path])
        while !received.isSet { usleep(10_000) }
        #expect(result.status == 0)
        #expect(fileType(fifo) == S_IFIFO)
        let direct = try run(["parse", input.path, "--format", "text"])
        #expect(String(decoding: received.value, as: UTF8.self) == direct.stdout)
    }

    @Test func outputOntoAFolderIsRefused() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["parse", input.path, "-o", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == "redline: \(folder.path): is a folder; give -o the name of a file to write\n")
        #expect(fileType(folder) == S_IFDIR)
    }

    @Test func anInputIsRefusedAlsoThroughALink() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let symbolic = folder.appendingPathComponent("symbolic.html"), hard = folder.appendingPathComponent("hard.html")
        try FileManager.default.createSymbolicLink(at: symbolic, withDestinationURL: input)
        #expect(link(input.path, hard.path) == 0)
        let before = try fingerprint(input)
        for target in [input, symbolic, hard] {
            for arguments in [["parse", input.path], ["diff", input.path, Self.counter], ["compare", input.path, Self.counter, "--format", "md"]] {
                let result = try run(arguments + ["-o", target.path])
                #expect(result.status == 2, "\(arguments) -o \(target.lastPathComponent)")
                #expect(result.stderr.contains("refusing to overwrite an input file"))
                #expect(result.stderr.components(separatedBy: "\n").count == 2)
            }
        }
        let after = try fingerprint(input)
        #expect(after.0 == before.0 && after.1 == before.1)
        #expect(fileType(symbolic) == S_IFLNK)
    }

    @Test func aReadOnlyFileNeedsForce() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("tree.txt")
        try Data("kept\n".utf8).write(to: target)
        #expect(chmod(target.path, 0o444) == 0)
        let refused = try run(["parse", input.path, "-o", target.path])
        #expect(refused.status == 2)
        #expect(refused.stderr == "redline: \(target.path): the file is read-only; use --force to replace it\n")
        #expect(try String(contentsOf: target, encoding: .utf8) == "kept\n")
        let forced = try run(["parse", input.path, "-o", target.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("ARTICLE 15"))
        // The replacement keeps the file's permissions.
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(permissions == 0o444)
    }

    @Test func aMissingFolderIsOneLine() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("missing/tree.txt")
        let result = try run(["parse", input.path, "-o", target.path])
        #expect(result.status == 2)
        #expect(result.stderr == "redline: \(target.path): cannot write the output: the folder \(folder.appendingPathComponent("missing").path) does not exist\n")
    }

    @Test func staleTemporaryFilesAreRemovedAndNamedForWhatTheyAre() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A process that has ended: its pid names a temporary file a killed run would leave.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = folder.appendingPathComponent(".tree.json.redline-tmp-\(ended.processIdentifier)")
        try Data("partial".utf8).write(to: stale)
        // Another target's temporary file, and one of a process still running (this one), are left alone.
        let otherTarget = folder.appendingPathComponent(".other.json.redline-tmp-\(ended.processIdentifier)")
        let running = folder.appendingPathComponent(".tree.json.redline-tmp-\(getpid())")
        try Data("partial".utf8).write(to: otherTarget)
        try Data("partial".utf8).write(to: running)
        let result = try run(["parse", input.path, "--format", "json", "-o", folder.appendingPathComponent("tree.json").path])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [running.lastPathComponent, otherTarget.lastPathComponent, "in.html", "tree.json"].sorted())
    }

    @Test func twoWritersLeaveOneCompleteFile() throws {
        let (folder, input) = try outputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("diff.json")
        let binary = try #require(Self.binary)
        let processes = (0..<2).map { _ in
            let process = Process()
            process.executableURL = binary
            process.arguments = ["diff", input.path, Fixtures.packageRoot.appendingPathComponent(Self.counter).path, "--format", "json", "-o", target.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 1 })
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: target)) as? [String: Any]
        #expect(object?["isEmpty"] as? Bool == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["diff.json", "in.html"])
    }

    @Test func fileNamesWithANewlineArePrintedEscaped() throws {
        let result = try run(["parse", "no\nsuch.html"])
        #expect(result.status == 2)
        #expect(result.stderr == "redline: no\\nsuch.html: cannot read the file: no such file\n")
    }
}

/// A device number (Linux encoding, small major and minor numbers): glibc's `makedev` is a macro.
private func deviceNumber(_ major: UInt32, _ minor: UInt32) -> dev_t {
    dev_t((major & 0xfff) << 8 | (minor & 0xff))
}

/// Data handed from a reader thread.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
