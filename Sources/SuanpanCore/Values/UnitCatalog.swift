/// The units a workbook knows, by symbol: the standard money and count units plus any the
/// workbook declares.
public struct UnitCatalog: Sendable {
    /// Units by every symbol that names them (`人` and `名` name one unit).
    public private(set) var units: [String: Unit]

    public init(units: [String: Unit]) {
        self.units = units
    }

    /// Money (元 千元 万元 百万元 亿元), counts (户 人/名 人次 次 份 支 个 项 家 所 天) and 个百分点.
    public static let standard = UnitCatalog(units: [:])

    /// The unit a symbol names, simple (`万元`) or compound (`元/户`), or nil.
    public func unit(named symbol: String) -> Unit? {
        units[symbol]
    }
}
