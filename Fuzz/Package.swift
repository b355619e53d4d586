// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, kept out of the main package graph as the benchmarks are. Each target
// defines `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`. Build and run with
// `Fuzz/run.sh [SECONDS] [TARGET…]` (see Fuzz/README.md); the build needs
// `-Xswiftc -sanitize=fuzzer,address`, which the script passes.
let core = Target.Dependency.product(name: "SuanpanCore", package: "Suanpan")

let package = Package(
    name: "SuanpanFuzz",
    // Named, so the product reference holds whatever the checkout folder is called.
    dependencies: [.package(name: "Suanpan", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [core]),
        .executableTarget(name: "fuzz-formula", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-statements", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzSupport", core]),
        .executableTarget(name: "fuzz-template", dependencies: ["FuzzSupport", core]),
    ]
)
