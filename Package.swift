// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Suanpan",
    products: [
        .executable(name: "suanpan", targets: ["suanpan"]),
        .library(name: "SuanpanCore", targets: ["SuanpanCore"]),
    ],
    dependencies: [
        // Command-line parsing with generated --help and usage errors (mapped to exit status 2).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // workbook.toml, the workbook manifest: a maintained TOML reader and writer.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // .xlsx files are zip archives of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // GNU readline from Debian's libreadline-dev: line editing, history, completion.
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // One hardware instruction for dividing 128 bits by 64 (Swift's own goes through a
        // general routine); the column formulas' divisions use it.
        .target(name: "CWideDivision"),
        // The engine: values, formulas, functions, workbooks. Never prints, never exits.
        .target(
            name: "SuanpanCore",
            dependencies: [
                "CWideDivision",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "suanpan",
            dependencies: [
                "SuanpanCore",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SuanpanCoreTests",
            dependencies: ["SuanpanCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SuanpanCLITests", dependencies: ["suanpan"]),
        // The `.sp` files under Cases/ are read from the source tree, so that adding a case
        // needs no rebuild.
        .testTarget(name: "SuanpanScriptTests", dependencies: ["SuanpanCore"], exclude: ["Cases"]),
    ]
)
