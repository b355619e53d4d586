import FuzzSupport
import SuanpanCore

/// The CSV reader, from raw bytes: encoding detection (UTF-8 with or without BOM, UTF-16
/// either way, GB18030), delimiter sniffing, headings with units, typed cells. The first
/// byte picks declared units (as a manifest gives them) half the time, so both paths run.
@main
enum FuzzCSV {
    static func main() { runFuzzer { data, size in fuzzCSV(data ?? emptyInput, size) } }
}

func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var declared: [String: Unit] = [:]
    if let first = bytes.first, first & 1 == 1, let unit = UnitCatalog.standard.unit(named: "万元") {
        declared = ["决算数": unit, "预算数": unit]
    }
    _ = try? CSVReader.read(bytes: bytes, path: "fuzz.csv", declaredUnits: declared)
    return 0
}
