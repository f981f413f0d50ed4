/// How much of a workbook the import reads before it refuses the file.
///
/// A workbook is a zip archive of XML parts: a few kilobytes can unpack to gigabytes (a zip bomb), and a
/// sheet can claim a million rows. Each limit is checked while reading, on the bytes and rows actually
/// seen, not only on the sizes the archive declares.
public struct WorkbookLimits: Sendable, Hashable {
    /// The largest workbook file.
    public var fileBytes: Int = 256 << 20
    /// The most entries in the archive.
    public var entries: Int = 10_000
    /// The largest unpacked part (one sheet's XML, the shared strings).
    public var partBytes: Int = 512 << 20
    /// The most bytes unpacked from all parts read.
    public var totalBytes: Int = 1 << 30
    /// The highest unpacked ÷ packed ratio of a part larger than 16 MB (real sheets stay far below).
    public var ratio: Int = 1_000
    /// The most rows with a value in one sheet (Excel's own limit).
    public var rows: Int = 1_048_576
    /// The most columns (Excel's own limit).
    public var columns: Int = 16_384
    /// The most non-empty cells in the whole workbook.
    public var cells: Int = 20_000_000

    public init() {}
}
