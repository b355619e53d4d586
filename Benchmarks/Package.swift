// swift-tools-version:6.0
import PackageDescription

// Kept out of the main package graph: build with
// `swift build -c release --package-path Benchmarks` and run `Benchmarks/.build/release/exact-bench`
// (the Exact type alone), `Benchmarks/.build/release/engine-bench` (formulas through the engine)
// or `Benchmarks/.build/release/csv-bench LEDGER.csv` (loading the ledger `make-ledger.py` writes).
let package = Package(
    name: "SuanpanBenchmarks",
    // Named, so the product reference holds whatever the checkout folder is called.
    dependencies: [.package(name: "Suanpan", path: "..")],
    targets: [
        .target(name: "BenchmarkSupport"),
        .executableTarget(
            name: "exact-bench",
            dependencies: ["BenchmarkSupport", .product(name: "SuanpanCore", package: "Suanpan")]
        ),
        .executableTarget(
            name: "engine-bench",
            dependencies: ["BenchmarkSupport", .product(name: "SuanpanCore", package: "Suanpan")]
        ),
        .executableTarget(
            name: "csv-bench",
            dependencies: ["BenchmarkSupport", .product(name: "SuanpanCore", package: "Suanpan")]
        ),
    ]
)
