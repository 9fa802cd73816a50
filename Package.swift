// swift-tools-version: 6.2
import Foundation
import PackageDescription

/// Settings for every target we write: Swift 6 mode (strict concurrency), explicit `any`,
/// and warnings as errors. Dependencies are built with their own settings.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Pantau",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pantau", targets: ["pantau"]),
        .executable(name: "pantau-bench", targets: ["pantau-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // C libraries, each behind a thin shim and imported by exactly one Swift module.
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        .systemLibrary(name: "CDeflate", path: "Sources/CDeflate", providers: [.apt(["libdeflate-dev"])]),
        // uchardet: guesses a feed's encoding from its bytes when BOM, declaration and HTTP charset fail.
        .systemLibrary(
            name: "CUchardet", path: "Sources/CUchardet", pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]),
        // glibc's allocator settings (malloc.h), for the executable only.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .systemLibrary(
            name: "CHunspell", path: "Sources/CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]),

        .target(name: "PantauCore", swiftSettings: strict),
        .target(name: "PantauFetch", dependencies: ["CCurl", "PantauCore"], swiftSettings: strict),
        .target(name: "PantauXML", dependencies: ["CLibXML2", "CDeflate", "CUchardet"], swiftSettings: strict),
        .target(name: "PantauFeeds", dependencies: ["PantauXML", "PantauCore"], swiftSettings: strict),
        .target(name: "PantauExtract", dependencies: ["PantauXML", "PantauCore"], swiftSettings: strict),
        .target(name: "PantauClustering", dependencies: ["PantauCore"], swiftSettings: strict),
        .target(name: "PantauSentiment", dependencies: ["PantauCore", "CHunspell"], swiftSettings: strict),
        .target(
            name: "PantauStore",
            dependencies: ["PantauCore", "PantauClustering", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: strict),
        // The PostgreSQL archive: the same Archive protocol on a database server.
        .target(
            name: "PantauPostgres",
            dependencies: ["PantauCore", "PantauClustering", .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict),
        .target(
            name: "PantauReport", dependencies: ["PantauCore", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")], swiftSettings: strict),
        .target(
            name: "PantauPipeline",
            dependencies: [
                "PantauCore", "PantauFetch", "PantauFeeds", "PantauExtract", "PantauSentiment",
                "PantauStore", "PantauPostgres", "PantauReport", "PantauXML",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict),
        .target(
            name: "PantauTesting",
            dependencies: [
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: strict),
        .target(
            name: "PantauDemo",
            dependencies: [
                "PantauCore", "PantauTesting", "PantauPipeline", "PantauReport", "PantauSentiment",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        // The commands live in a library so tests can parse and run them in-process;
        // the executable is only `main`.
        .target(
            name: "PantauCLI",
            dependencies: [
                "PantauCore", "PantauPipeline", "PantauDemo", "PantauReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "pantau", dependencies: ["PantauCLI", "CMalloc"], swiftSettings: strict),
        // Benchmarks that need a generated archive; run by scripts/bench (release build).
        .executableTarget(
            name: "pantau-bench", dependencies: ["CMalloc", "PantauCore", "PantauPipeline", "PantauReport", "PantauSentiment", "PantauStore"],
            swiftSettings: strict),

        .testTarget(name: "PantauCoreTests", dependencies: ["PantauCore"], swiftSettings: strict),
        .testTarget(
            name: "PantauFetchTests", dependencies: ["PantauFetch", "PantauTesting", "PantauXML"], swiftSettings: strict),
        .testTarget(name: "PantauXMLTests", dependencies: ["PantauXML"], swiftSettings: strict),
        .testTarget(
            name: "PantauFeedsTests", dependencies: ["PantauFeeds"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "PantauExtractTests", dependencies: ["PantauExtract"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "PantauSentimentTests", dependencies: ["PantauSentiment"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "PantauStoreTests", dependencies: ["PantauStore", "PantauClustering"], swiftSettings: strict),
        // The archive's behaviour, run against both backends (a throw-away PostgreSQL server).
        .testTarget(
            name: "PantauArchiveTests", dependencies: ["PantauStore", "PantauPostgres", "PantauClustering", "PantauTesting"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(name: "PantauReportTests", dependencies: ["PantauReport", "PantauXML"], swiftSettings: strict),
        .testTarget(
            name: "PantauPipelineTests", dependencies: ["PantauPipeline", "PantauTesting", "PantauXML"],
            swiftSettings: strict),
        .testTarget(name: "PantauTestingTests", dependencies: ["PantauTesting"], swiftSettings: strict),
        .testTarget(name: "PantauDemoTests", dependencies: ["PantauDemo", "PantauXML"], resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "PantauCLITests", dependencies: ["PantauCLI", "PantauTesting", "PantauPipeline", "PantauFeeds"],
            swiftSettings: strict),
    ]
)

// Fuzzing targets, declared only for scripts/fuzz (PANTAU_FUZZ=1): each links libFuzzer's
// own main, so a normal build must not see them.
if ProcessInfo.processInfo.environment["PANTAU_FUZZ"] == "1" {
    package.targets.append(.target(name: "PantauFuzzSupport", path: "Fuzz/support"))
    for (name, dependency) in [("fuzz-feeds", "PantauFeeds"), ("fuzz-extract", "PantauExtract"),
                               ("fuzz-dates", "PantauCore"), ("fuzz-query", "PantauStore")] {
        package.targets.append(.executableTarget(name: name, dependencies: [.target(name: dependency), "PantauFuzzSupport"],
                                                     path: "Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
