/// How far a ZIP archive (a Word .docx) may expand when Redline reads it: a guard against
/// zip bombs, small files whose entries decompress to gigabytes.
///
/// The entries Redline reads may together decompress to at most ``maxTotalBytes``, and to at
/// most ``maxRatio`` times the archive's own size (but always at least ``minimumAllowance``,
/// so that tiny archives are not refused for compressing well).
public struct ZipLimits: Sendable, Hashable {
    /// The most bytes the entries read may decompress to, in all.
    public var maxTotalBytes: Int
    /// The most the entries read may expand relative to the archive's size.
    public var maxRatio: Int
    /// The allowance below which the ratio is not applied.
    public var minimumAllowance: Int
    /// The most entries the archive may hold (a Word document has a few dozen; a bomb by count, millions).
    public var maxEntries: Int

    /// Creates limits.
    public init(
        maxTotalBytes: Int = 200 * 1024 * 1024, maxRatio: Int = 100, minimumAllowance: Int = 16 * 1024 * 1024,
        maxEntries: Int = 10_000
    ) {
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.minimumAllowance = minimumAllowance
        self.maxEntries = maxEntries
    }

    /// 200 MiB in all, 100 times the archive size above 16 MiB, and 10,000 entries.
    public static let standard = ZipLimits()

    /// The number of decompressed bytes allowed for an archive of `archiveSize` bytes.
    public func allowance(forArchiveOfSize archiveSize: Int) -> Int {
        let (scaled, overflow) = archiveSize.multipliedReportingOverflow(by: maxRatio)
        return min(maxTotalBytes, max(minimumAllowance, overflow ? Int.max : scaled))
    }
}
