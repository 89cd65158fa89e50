// swift-tools-version:6.0
import PackageDescription

/// Trellis: a native compiler for Mermaid flowcharts (and, later, Markdown decks).
/// The module graph follows ../shared/design/ARCHITECTURE.md; only `Native` imports C.
let package = Package(
    name: "Trellis",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trellis", targets: ["TrellisMain"]),
        .executable(name: "trellis-serve", targets: ["TrellisServeMain"]),
        .library(name: "Trellis", targets: ["Trellis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries, through pkg-config; Debian package names for `apt-get install`.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig",
                       providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // librsvg and gdk-pixbuf (Debian librsvg2-2, libgdk-pixbuf-2.0-0) are opened with dlopen
        // on first use, not linked: see Native/ImageLibraries.swift.

        .target(name: "Diagnostics"),
        .target(name: "Geometry"),
        .target(name: "MermaidSyntax", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]),
        .target(name: "Flowchart", dependencies: ["MermaidSyntax", "Diagnostics"]),
        .target(name: "LayeredLayout", dependencies: ["Geometry"]),
        .target(name: "Scene", dependencies: ["Geometry"]),
        .target(name: "FlowchartScene", dependencies: ["Flowchart", "LayeredLayout", "Scene", "Geometry"]),
        .target(name: "Native", dependencies: ["CCairo", "CPangoCairo", "CFontconfig", "CZlib", "CCmarkGFM", "Geometry"]),
        .target(name: "Render", dependencies: ["Scene", "Native", "Geometry"]),
        .target(name: "SyntaxHighlight"),
        .target(name: "Deck", dependencies: [
            "Diagnostics", "Native", "Scene", "Geometry", "Flowchart", "MermaidSyntax", "FlowchartScene",
            "SyntaxHighlight", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Trellis", dependencies: [
            "Diagnostics", "MermaidSyntax", "Flowchart", "LayeredLayout", "Scene",
            "FlowchartScene", "Render", "Geometry", "Deck", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Preview", dependencies: ["Trellis", "Diagnostics", "Native"]),
        // The HTTP side of `trellis serve`, linked only into `trellis-serve`: FlyingFox brings
        // libcurl and its TLS stack, which every `trellis` start would otherwise load.
        .target(name: "PreviewHTTP", dependencies: [
            "Preview", "Native", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .target(name: "TrellisCLI", dependencies: [
            "Trellis", "Diagnostics", "Preview", "Native",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "TrellisMain", dependencies: ["TrellisCLI"]),
        .executableTarget(name: "TrellisServeMain", dependencies: ["TrellisCLI", "PreviewHTTP"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "MermaidSyntaxTests", dependencies: ["MermaidSyntax", "Diagnostics"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "FlowchartTests", dependencies: ["Flowchart", "MermaidSyntax", "Diagnostics"]),
        .testTarget(name: "LayeredLayoutTests", dependencies: ["LayeredLayout", "Geometry"]),
        .testTarget(name: "FlowchartSceneTests", dependencies: ["FlowchartScene", "Flowchart", "Scene", "Geometry", "LayeredLayout", "Diagnostics"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "NativeTests", dependencies: ["Native"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Scene", "Native", "Geometry"]),
        .testTarget(name: "SyntaxHighlightTests", dependencies: ["SyntaxHighlight"]),
        .testTarget(name: "DeckTests", dependencies: ["Deck", "Native", "Scene", "Diagnostics", "Geometry"],
                    exclude: ["LayoutSnapshots"]),
        .testTarget(name: "TrellisTests", dependencies: [
            "Trellis", "Diagnostics", "Flowchart", "FlowchartScene", "Render", "Native", "LayeredLayout", "Geometry",
        ], exclude: ["Goldens"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Diagnostics"]),
        .testTarget(name: "TrellisCLITests", dependencies: ["Trellis"]),
    ]
)
