// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ArticleParser",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ArticleParser", targets: ["ArticleParser"]),
        .library(name: "ArticleSummarizer", targets: ["ArticleSummarizer"]),
        .executable(name: "article-parser", targets: ["article-parser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(name: "ArticleParser", dependencies: ["CLibXML2"]),
        .target(name: "ArticleSummarizer", dependencies: ["ArticleParser"]),
        .executableTarget(
            name: "article-parser",
            dependencies: [
                "ArticleParser",
                "ArticleSummarizer",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer target; a stub unless built with -DFUZZING (scripts/fuzz.sh).
        .executableTarget(name: "FuzzArticleParser", dependencies: ["ArticleParser"]),
        // The benchmark: `swift run -c release article-bench` (docs/performance.md).
        .executableTarget(name: "article-bench", dependencies: ["ArticleParser"]),
        // The summarizer's speed: `swift run -c release summarizer-benchmark`.
        .executableTarget(
            name: "summarizer-benchmark",
            dependencies: ["ArticleParser", "ArticleSummarizer"]
        ),
        .testTarget(
            name: "ArticleParserTests",
            dependencies: ["ArticleParser"],
            resources: []
        ),
        .testTarget(name: "ArticleSummarizerTests", dependencies: ["ArticleSummarizer"]),
        .testTarget(name: "CLITests", dependencies: ["article-parser"]),
    ],
    swiftLanguageModes: [.v6]
)
