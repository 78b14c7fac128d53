/// Maps token texts to dense `Int32` ids (0, 1, 2, …), so that two texts
/// interned with the *same* interner can be compared id by id.
///
/// Keys are UTF-8 byte strings held in one arena; lookup is an open-addressing
/// hash table (linear probing, power-of-two capacity, load ≤ ½) over a 64-bit
/// hash of the bytes, so interning a token allocates nothing unless the token
/// is new. One-byte tokens (spaces, most punctuation) skip hashing entirely.
///
/// Normalisation (``Normalization``) decides which tokens share an id:
/// * `foldCase` — ids are assigned to the lower-cased text ("Shall" and
///   "shall" share an id). ASCII is folded in place; tokens containing
///   non-ASCII bytes go through `String.lowercased()`.
/// * `unifyWhitespace` — every whitespace token gets the same id.
///
/// Punctuation is not an interner concern: ``WordDiff`` implements
/// ``DiffOptions/ignorePunctuation`` by *skipping* punctuation tokens before
/// the diff (see ``DiffOptions``).
public struct TokenInterner: Sendable {
    /// Which token texts are considered equal.
    public struct Normalization: Sendable, Hashable, Codable {
        /// Fold letter case before interning.
        public var foldCase: Bool
        /// Give every whitespace token the same id.
        public var unifyWhitespace: Bool

        /// - Complexity: O(1).
        public init(foldCase: Bool = false, unifyWhitespace: Bool = false) {
            self.foldCase = foldCase
            self.unifyWhitespace = unifyWhitespace
        }
    }

    /// The normalisation applied by ``ids(for:)`` and ``intern(_:)``.
    public let normalization: Normalization

    /// Open-addressing slots: 0 = empty, else `(hash & 0xFFFF_FFFF_0000_0000) | (id + 1)`.
    private var table: [UInt64]
    private var hashes: [UInt64] = []   // per id
    private var keyEnds: [Int32] = []   // per id: end offset of its key in `keyBytes`
    private var keyBytes: [UInt8] = []
    private var singleByte: [Int32] = Array(repeating: -1, count: 256)
    private var whitespaceID: Int32 = -1
    private var scratch: [UInt8] = []

    /// Creates an empty interner.
    ///
    /// - Parameter expectedCount: a capacity hint (number of distinct tokens).
    /// - Complexity: O(`expectedCount`).
    public init(normalization: Normalization = Normalization(), expectedCount: Int = 1024) {
        self.normalization = normalization
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        table = [UInt64](repeating: 0, count: capacity)
    }

    /// The number of distinct ids handed out; every id is in `0 ..< count`.
    ///
    /// - Complexity: O(1).
    public var count: Int { keyEnds.count }

    /// The (normalised) UTF-8 bytes an id stands for. For the shared
    /// whitespace id under `unifyWhitespace` this is a single space.
    ///
    /// - Complexity: O(1) (a slice of the arena).
    public func bytes(of id: Int32) -> ArraySlice<UInt8> {
        let i = Int(id)
        let start = i == 0 ? 0 : Int(keyEnds[i - 1])
        return keyBytes[start..<Int(keyEnds[i])]
    }

    /// The (normalised) text an id stands for.
    ///
    /// - Complexity: O(*k*) in the key length.
    public func string(of id: Int32) -> String {
        String(decoding: bytes(of: id), as: UTF8.self)
    }

    /// Interns an arbitrary string, applying `foldCase` (but not
    /// `unifyWhitespace`, which needs a token kind).
    ///
    /// - Complexity: amortised O(*k*) in the string's UTF-8 length.
    public mutating func intern(_ token: String) -> Int32 {
        var token = token
        return token.withUTF8 { internNormalizing($0, kind: .word) }
    }

    /// Interns every token of `text` and returns their ids, in token order.
    ///
    /// - Complexity: amortised O(*n*) in the UTF-8 length of the text.
    public mutating func ids(for text: TokenizedText) -> [Int32] {
        let count = text.count
        var ids = [Int32](repeating: 0, count: count)
        var index = 0
        while index < count {
            // Fast path: look tokens up through raw pointers until one is
            // missing (or needs case folding); that one takes the general,
            // mutating path, then the fast path resumes.
            let stop = lookUpRun(text, from: index, into: &ids)
            if stop == count { break }
            let range = text.byteRange(of: stop)
            let kind = text.kinds[stop]
            ids[stop] = text.withUTF8 { bytes in
                internNormalizing(UnsafeBufferPointer(rebasing: bytes[range]), kind: kind)
            }
            index = stop + 1
        }
        return ids
    }

    /// Fills `ids` from `start` for as long as every token is already
    /// interned and needs no case folding; returns where it stopped.
    private func lookUpRun(_ text: TokenizedText, from start: Int, into ids: inout [Int32]) -> Int {
        let unify = normalization.unifyWhitespace, fold = normalization.foldCase
        let whitespace = whitespaceID
        return text.withUTF8 { bytes in
            text.bounds.withUnsafeBufferPointer { bounds in
                text.kinds.withUnsafeBufferPointer { kinds in
                    ids.withUnsafeMutableBufferPointer { out in
                        table.withUnsafeBufferPointer { table in
                            keyEnds.withUnsafeBufferPointer { keyEnds in
                                keyBytes.withUnsafeBufferPointer { keyBytes in
                                    singleByte.withUnsafeBufferPointer { singleByte in
                                        let mask = table.count - 1
                                        var index = start
                                        while index < kinds.count {
                                            let kind = kinds[index]
                                            if kind == .whitespace && unify {
                                                guard whitespace >= 0 else { return index }
                                                out[index] = whitespace
                                                index += 1
                                                continue
                                            }
                                            let lo = Int(bounds[index]), hi = Int(bounds[index + 1])
                                            let token = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
                                            if fold && kind != .whitespace {
                                                for byte in token where byte >= 0x80 || byte &- UInt8(ascii: "A") < 26 {
                                                    return index
                                                }
                                            }
                                            if hi - lo == 1 {
                                                let id = singleByte[Int(token[0])]
                                                guard id >= 0 else { return index }
                                                out[index] = id
                                                index += 1
                                                continue
                                            }
                                            // Short tokens away from the end of the text: one
                                            // 8-byte load, masked, instead of a byte loop.
                                            let hash = hi - lo < 8 && lo + 8 <= bytes.count
                                                ? Self.hashShort(bytes.baseAddress! + lo, count: hi - lo)
                                                : Self.hash(token)
                                            let tag = hash & 0xFFFF_FFFF_0000_0000
                                            var slot = Int(truncatingIfNeeded: hash) & mask
                                            while true {
                                                let entry = table[slot]
                                                if entry == 0 { return index }
                                                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                                                    let id = Int(entry & 0xFFFF_FFFF) - 1
                                                    let keyStart = id == 0 ? 0 : Int(keyEnds[id - 1])
                                                    let keyEnd = Int(keyEnds[id])
                                                    if keyEnd - keyStart == token.count
                                                        && memoryEqual(keyBytes.baseAddress! + keyStart, token.baseAddress!, token.count)
                                                    {
                                                        out[index] = Int32(id)
                                                        break
                                                    }
                                                }
                                                slot = (slot + 1) & mask
                                            }
                                            index += 1
                                        }
                                        return index
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Normalisation

    @inline(__always)
    private mutating func internNormalizing(_ token: UnsafeBufferPointer<UInt8>, kind: TokenKind) -> Int32 {
        if kind == .whitespace && normalization.unifyWhitespace {
            if whitespaceID < 0 {
                whitespaceID = withUnsafeBytes(of: UInt8(ascii: " ")) {
                    internRaw($0.bindMemory(to: UInt8.self))
                }
            }
            return whitespaceID
        }
        guard normalization.foldCase, kind != .whitespace else { return internRaw(token) }
        // ASCII fast path: fold into the scratch buffer.
        var ascii = true
        var hasUpper = false
        for byte in token {
            if byte >= 0x80 { ascii = false; break }
            if byte &- UInt8(ascii: "A") < 26 { hasUpper = true }
        }
        if ascii && !hasUpper { return internRaw(token) }
        if ascii {
            var buffer = scratch
            scratch = []
            buffer.removeAll(keepingCapacity: true)
            for byte in token {
                buffer.append(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
            }
            let id = buffer.withUnsafeBufferPointer { internRaw($0) }
            scratch = buffer
            return id
        }
        var lowered = String(decoding: token, as: UTF8.self).lowercased()
        return lowered.withUTF8 { internRaw($0) }
    }

    // MARK: - Hash table

    /// A fast 64-bit hash of a short byte string (8 bytes per step).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        guard let base = bytes.baseAddress, count > 0 else { return h }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                word |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// ``hash(_:)`` for 1…7 bytes at `start`, reading (but ignoring) up to
    /// 8 bytes: the caller guarantees that 8 bytes are readable.
    @inline(__always)
    static func hashShort(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        let word = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
            & ((1 &<< UInt64(count &* 8)) &- 1)
        h = (h ^ word) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// Interns already-normalised bytes.
    @inline(__always)
    private mutating func internRaw(_ token: UnsafeBufferPointer<UInt8>) -> Int32 {
        if token.count == 1 {
            let byte = Int(token[0])
            let cached = singleByte[byte]
            if cached >= 0 { return cached }
            let id = lookupOrInsert(token, hash: Self.hash(token))
            singleByte[byte] = id
            return id
        }
        return lookupOrInsert(token, hash: Self.hash(token))
    }

    private mutating func lookupOrInsert(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let mask = table.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                let start = id == 0 ? 0 : Int(keyEnds[id - 1])
                let end = Int(keyEnds[id])
                if end - start == token.count {
                    let same = keyBytes.withUnsafeBufferPointer { arena in
                        token.count == 0
                            || memoryEqual(arena.baseAddress! + start, token.baseAddress!, token.count)
                    }
                    if same { return Int32(id) }
                }
            }
            slot = (slot + 1) & mask
        }
        // Insert a new key.
        let id = Int32(keyEnds.count)
        keyBytes.append(contentsOf: token)
        keyEnds.append(Int32(keyBytes.count))
        hashes.append(hash)
        table[slot] = tag | UInt64(id + 1)
        if keyEnds.count * 2 > table.count { grow() }
        return id
    }

    private mutating func grow() {
        let capacity = table.count * 2
        let mask = capacity - 1
        var newTable = [UInt64](repeating: 0, count: capacity)
        for id in 0..<hashes.count {
            let hash = hashes[id]
            var slot = Int(truncatingIfNeeded: hash) & mask
            while newTable[slot] != 0 { slot = (slot + 1) & mask }
            newTable[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(id + 1)
        }
        table = newTable
    }
}

@inline(__always)
private func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    while i + 8 <= count {
        if rawA.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            != rawB.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
