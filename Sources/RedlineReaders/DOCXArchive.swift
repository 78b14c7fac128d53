import Foundation
import ZIPFoundation

/// The parts of a Word .docx that Redline reads, extracted from the ZIP archive into memory
/// after checking that they stay within ``ZipLimits``.
struct DOCXArchive {
    /// `word/document.xml`.
    var document: [UInt8]
    /// `word/styles.xml`, if present.
    var styles: [UInt8]?
    /// `word/numbering.xml`, if present.
    var numbering: [UInt8]?
    /// `docProps/core.xml` (title, author), if present.
    var coreProperties: [UInt8]? = nil

    /// Why an archive could not be read.
    enum Failure: Error, Equatable {
        /// Not a readable ZIP archive (truncated, damaged, or only a ZIP signature).
        case notAZip
        /// A ZIP archive without `word/document.xml`: not a Word document.
        case notADocx(entries: [String])
        /// The entries would decompress to more than the allowance.
        case tooLarge(declared: UInt64, allowed: Int)
        /// An entry could not be decompressed (damaged data, CRC mismatch).
        case damagedEntry(String)
        /// The archive's layout does not fit in the file (an offset or size past its end); says where.
        case damaged(String)
        /// The archive holds more entries than allowed.
        case tooManyEntries(count: UInt64, allowed: Int)
    }

    static let documentPath = "word/document.xml"
    static let stylesPath = "word/styles.xml"
    static let numberingPath = "word/numbering.xml"
    static let corePropertiesPath = "docProps/core.xml"

    /// Opens the archive and extracts the parts.
    ///
    /// - Complexity: O(*n*) in the decompressed size of the parts read.
    static func open(_ bytes: [UInt8], limits: ZipLimits) throws(Failure) -> DOCXArchive {
        // ZIPFoundation trusts the offsets and sizes the archive declares; check them all first.
        do {
            _ = try ZipStructure.validate(bytes, limits: limits)
        } catch {
            switch error {
            case .damaged(let detail): throw .damaged(detail)
            case .tooManyEntries(let count, let allowed): throw .tooManyEntries(count: count, allowed: allowed)
            }
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip
        }
        guard let documentEntry = archive[documentPath] else {
            let names = archive.prefix(12).map(\.path)
            throw .notADocx(entries: names)
        }
        let entries = [documentEntry, archive[stylesPath], archive[numberingPath], archive[corePropertiesPath]]
        let wanted = entries.compactMap { $0 }
        // The zip-bomb guard: the sizes the archive declares, before extracting anything…
        let allowance = limits.allowance(forArchiveOfSize: bytes.count)
        let declared = wanted.reduce(UInt64(0)) { $0 &+ $1.uncompressedSize }
        if declared > UInt64(allowance) { throw .tooLarge(declared: declared, allowed: allowance) }
        // …and the bytes that actually come out, in case the declared sizes lie.
        var total = 0
        func extract(_ entry: Entry?) throws(Failure) -> [UInt8]? {
            guard let entry else { return nil }
            var data: [UInt8] = []
            data.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(allowance))))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    total += chunk.count
                    if total > allowance { throw Failure.tooLarge(declared: UInt64(total), allowed: allowance) }
                    data.append(contentsOf: chunk)
                }
            } catch let failure as Failure {
                throw failure
            } catch {
                throw .damagedEntry(entry.path)
            }
            return data
        }
        return DOCXArchive(
            document: try extract(documentEntry) ?? [], styles: try extract(entries[1]),
            numbering: try extract(entries[2]), coreProperties: try extract(entries[3]))
    }
}
