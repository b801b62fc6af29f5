// swift-tools-version:6.0
//
// libFuzzer targets for Gonghui, one executable per entry point, kept out of the default build
// (they need -sanitize=fuzzer). Built and run by scripts/fuzz TARGET SECONDS:
//   FuzzText        encoding detection and decoding of a .txt file (any bytes)
//   FuzzHTML        the HTML reader (libxml2) and its encoding detection
//   FuzzDOCX        the DOCX reader (ZIP and WordprocessingML)
//   FuzzNormalize   normalisation of text (NFKC, traditional→simplified, boilerplate, pinyin)
//   FuzzQuantities  the quantity finder on arbitrary text
//   FuzzRecords     the whole pipeline to records on arbitrary text
import PackageDescription

let targets = ["FuzzText", "FuzzHTML", "FuzzDOCX", "FuzzNormalize", "FuzzQuantities", "FuzzRecords"]

let package = Package(
    name: "GonghuiFuzz",
    dependencies: [.package(name: "Gonghui", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Gonghui", package: "Gonghui")]),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "Gonghui", package: "Gonghui")])
    },
    // A test harness around C entry points: Swift 5 mode keeps its globals simple.
    swiftLanguageModes: [.v5]
)
