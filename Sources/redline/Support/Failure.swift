import ArgumentParser
import Foundation
import RedlineReaders

/// Prints a message for people (never a stack trace) to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("redline: " + message + "\n").utf8))
}

/// Runs `body`, turning Redline's errors into a message on stderr and exit status 2 (trouble, as diff(1)).
func withTroubleExit<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ReadError {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as OutputError {
        printError(error.description)
        throw ExitCode(2)
    } catch let error as Trouble {
        printError(error.description)
        throw ExitCode(2)
    }
}

/// Any other trouble worth one clear line (a bad label file, an unreadable model).
struct Trouble: Error, CustomStringConvertible {
    let description: String
}

/// Why output could not be written.
struct OutputError: Error, CustomStringConvertible {
    let description: String
}

/// Writes to standard output, or atomically to a file (temporary file, then rename),
/// refusing to overwrite any of the inputs.
struct OutputTarget {
    let path: String?
    let inputs: [String]

    func write(_ data: Data) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        for input in inputs where input != "-" {
            if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == url {
                throw OutputError(description: "\(path): refusing to overwrite an input file; choose another -o path")
            }
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw OutputError(description: "\(path): cannot write the output: \(error.localizedDescription)")
        }
    }

    func write(_ string: String) throws { try write(Data(string.utf8)) }
}
