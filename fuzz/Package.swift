// swift-tools-version:6.0
import PackageDescription

/// libFuzzer harnesses for Trellis, kept out of the main package so its normal build never
/// sees `-sanitize=fuzzer`. Build and run with `fuzz/run.sh HARNESS SECONDS`.
let package = Package(
    name: "TrellisFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Trellis", path: ".."),
    ],
    targets: [
        .executableTarget(name: "FuzzMermaid", dependencies: [.product(name: "Trellis", package: "Trellis")]),
        .executableTarget(name: "FuzzLayout", dependencies: [.product(name: "Trellis", package: "Trellis")]),
        .executableTarget(name: "FuzzDeck", dependencies: [.product(name: "Trellis", package: "Trellis")]),
    ]
)
