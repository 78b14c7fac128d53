import ArgumentParser
import Foundation
import RedlineReaders

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints a message for people (never a stack trace) to standard error, on one line: control
/// characters in it (a newline in a file name, a two-line libxml2 message) are shown escaped.
/// A failure to write to standard error is ignored (there is nowhere left to say so).
func printError(_ message: String) {
    let bytes = Array(("redline: " + oneLine(message) + "\n").utf8)
    _ = bytes.withUnsafeBytes { OutputSink.writeAll($0, to: STDERR_FILENO) }
}

/// `text` with control characters escaped (`\n`, `\t`, `\r`, others as `\u{…}`), so a message stays one line.
func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if scalar.properties.generalCategory == .control {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result
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
