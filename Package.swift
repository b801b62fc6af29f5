// swift-tools-version:6.0
//
// Gonghui — reads Chinese trade-union work reports and turns them into metric records.
//
// Targets, from the bottom up:
//   CICU, CLibXML2   system libraries (ICU, libxml2), found with pkg-config
//   GonghuiZlib      zlib, for reading ZIP entries (.docx, .odt) with bounds of our own
//   ICUBridge        C shim over ICU: charset detection/conversion, NFKC, transliteration, breaks
//   XMLBridge        C shim over libxml2: HTML and XML parsing with safe options
//   CSupport         C where Swift is measurably slower (SHA-256 with the CPU's SHA instructions)
//   Gonghui          the pipeline: ingest → normalise → segment → quantities → records,
//                    plus audit, comparison and digests (no database)
//   GonghuiStore     the corpus database (SQLite through GRDB)
//   GonghuiServer    `gonghui serve`: the corpus database as a read-only web app (Hummingbird)
//   GonghuiCLI       the `gonghui` command
import PackageDescription

let package = Package(
    name: "Gonghui",
    products: [
        .executable(name: "gonghui", targets: ["GonghuiCLI"]),
        .library(name: "Gonghui", targets: ["Gonghui"]),
        .library(name: "GonghuiStore", targets: ["GonghuiStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .systemLibrary(
            name: "GonghuiZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ICUBridge",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(
            name: "XMLBridge",
            dependencies: ["CLibXML2"],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(name: "CSupport"),
        .target(
            name: "Gonghui",
            dependencies: [
                "CSupport",
                "ICUBridge",
                "XMLBridge",
                "GonghuiZlib",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "GonghuiStore",
            dependencies: [
                "Gonghui",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "GonghuiServer",
            dependencies: [
                "Gonghui",
                "GonghuiStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "GonghuiCLI",
            dependencies: [
                "Gonghui",
                "GonghuiStore",
                "GonghuiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "GonghuiTestSupport",
            dependencies: ["Gonghui", "GonghuiStore"],
            path: "Tests/GonghuiTestSupport"
        ),
        .testTarget(
            name: "GonghuiTests",
            dependencies: ["Gonghui", "GonghuiTestSupport", "XMLBridge", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Test tables and snapshots, read from the source tree.
            exclude: ["Metrics/RecordCases.tsv", "Metrics/DecisionCases.tsv", "Quantities/QuantityCases.tsv", "Audit/AuditCases.tsv",
                      "Digest/Snapshots"]
        ),
        .testTarget(
            name: "GonghuiStoreTests",
            dependencies: ["GonghuiStore", "GonghuiTestSupport"]
        ),
        .testTarget(
            name: "GonghuiServerTests",
            dependencies: ["GonghuiServer", "GonghuiStore", "GonghuiTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "GonghuiCLITests",
            dependencies: ["GonghuiCLI", "GonghuiStore", "GonghuiTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
