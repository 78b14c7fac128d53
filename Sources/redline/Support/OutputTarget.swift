import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's output goes: standard output, or the `-o` path.
///
/// - A regular file or a new path is written atomically: a temporary file beside the target
///   (`.NAME.redline-tmp-PID`), then a rename, so the target is either the old file or the whole
///   new one. Temporary files left by killed runs are removed the next time.
/// - A character or block device or a FIFO (`/dev/null`, `/dev/stdout`, a pipe) is written in place
///   through an ordinary open: it is never replaced by a regular file.
/// - A folder or a socket is refused, and so is an input (compared by device and inode, so also
///   through a symbolic or hard link) and a read-only file unless `force`.
///
/// Every failed write (a full disk, a closed pipe) is an ``OutputError`` naming the target.
struct OutputTarget {
    let path: String?
    let inputs: [String]
    /// Replace a read-only file.
    var force = false

    init(path: String?, inputs: [String], force: Bool = false) {
        self.path = path
        self.inputs = inputs
        self.force = force
    }

    func write(_ data: Data) throws { try write { try $0.write(data) } }

    func write(_ string: String) throws { try write(Data(string.utf8)) }

    /// Opens the target, lets `body` write to it in chunks, and commits (renames) it when `body` returns.
    func write(_ body: (inout OutputSink) throws -> Void) throws {
        guard let path, path != "-", path != "/dev/stdout" else {
            var sink = OutputSink(descriptor: STDOUT_FILENO, name: "standard output")
            try body(&sink)
            try sink.flush()
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            guard code == ENOENT else { throw OutputError(description: "\(path): cannot write the output: \(Self.reason(code))") }
            return try writeAtomically(path, replacing: nil, body)
        }
        if let input = inputs.first(where: { Self.sameFile($0, status) }) {
            let through = input == path ? "" : " (\(input))"
            throw OutputError(description: "\(path): refusing to overwrite an input file\(through); choose another -o path")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            if !force, access(path, W_OK) != 0 || status.st_mode & 0o222 == 0 {
                throw OutputError(description: "\(path): the file is read-only; use --force to replace it")
            }
            try writeAtomically(path, replacing: status, body)
        case S_IFCHR, S_IFBLK, S_IFIFO:
            try writeInPlace(path, body)
        case S_IFDIR:
            throw OutputError(description: "\(path): is a folder; give -o the name of a file to write")
        default:
            throw OutputError(description: "\(path): is not a file Redline can write to (a socket?); give -o the name of a file")
        }
    }

    /// Whether `input` is the file `status` describes (same device and inode).
    private static func sameFile(_ input: String, _ status: stat) -> Bool {
        var other = stat()
        return input != "-" && stat(input, &other) == 0 && other.st_dev == status.st_dev && other.st_ino == status.st_ino
    }

    /// A device or FIFO: an ordinary open, written in place.
    private func writeInPlace(_ path: String, _ body: (inout OutputSink) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(description: "\(path): cannot write the output: \(Self.reason(errno))") }
        defer { close(descriptor) }
        var sink = OutputSink(descriptor: descriptor, name: path)
        try body(&sink)
        try sink.flush()
    }

    /// A regular file or a new path: a temporary file beside it, then a rename.
    private func writeAtomically(_ path: String, replacing existing: stat?, _ body: (inout OutputSink) throws -> Void) throws {
        // Through a symbolic link, the file it points to is replaced (the link stays).
        let target = existing == nil ? path : (realpathString(path) ?? path)
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(description: "\(path): cannot write the output: the folder \(folder) does not exist")
        }
        let prefix = "." + url.lastPathComponent + ".redline-tmp-"
        Self.removeStaleTemporaries(in: folder, prefix: prefix)
        let temporary = (folder as NSString).appendingPathComponent(prefix + String(getpid()))
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputError(description: "\(path): cannot write the output: \(Self.reason(errno))") }
        var committed = false
        defer {
            close(descriptor)
            if !committed { unlink(temporary) }
        }
        if let existing { fchmod(descriptor, existing.st_mode & 0o7777) }
        var sink = OutputSink(descriptor: descriptor, name: path)
        try body(&sink)
        try sink.flush()
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw OutputError(description: "\(path): cannot write the output: \(Self.reason(errno))")
        }
        guard rename(temporary, target) == 0 else {
            throw OutputError(description: "\(path): cannot write the output: \(Self.reason(errno))")
        }
        committed = true
    }

    /// Removes `prefix`PID files whose process no longer runs (left by a run that was killed).
    static func removeStaleTemporaries(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink((folder as NSString).appendingPathComponent(name)) }
        }
    }

    /// strerror, starting lower-case as Redline's messages do.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

private func realpathString(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}

/// Buffered writes to one file descriptor; a failed write throws ``OutputError``.
struct OutputSink {
    let descriptor: Int32
    /// How the target is named in messages.
    let name: String
    private var buffer: [UInt8] = []
    private static let chunk = 1 << 16

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(Self.chunk)
    }

    mutating func write(_ data: Data) throws {
        if data.count >= Self.chunk {
            try flush()
            try data.withUnsafeBytes { try put($0) }
        } else {
            buffer.append(contentsOf: data)
            if buffer.count >= Self.chunk { try flush() }
        }
    }

    mutating func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try put($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func put(_ bytes: UnsafeRawBufferPointer) throws {
        if let code = Self.writeAll(bytes, to: descriptor) {
            throw OutputError(description: "\(name): cannot write the output: \(OutputTarget.reason(code))")
        }
    }

    /// Writes every byte (retrying short writes and interruptions); the errno of a failure, else nil.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            #else
                let written = Darwin.write(descriptor, base + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
