// libFuzzer entry for the sitemap path: the bytes as a document (a sitemap, an index, a
// gzipped body, anything), then wrapped as the inside of a <urlset> and of a
// <sitemapindex> so that mutations of feed documents reach the sitemap reader too, and as
// a robots.txt for the sitemap discovery. Built only by scripts/fuzz (PANTAU_FUZZ=1).
import Foundation
import PantauFuzzSupport
import PantauFeeds

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSitemaps(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    // Built per input: a global would be reported as a leak when the fuzzer exits.
    let urlsetOpen = Data("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url>".utf8)
    let indexOpen = Data("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>".utf8)
    let bytes = Data(bytes: data, count: size)
    _ = try? FeedParser().parse(bytes, url: "https://contoh.id/sitemap.xml")
    _ = try? FeedParser().parse(urlsetOpen + bytes + Data("</url></urlset>".utf8), url: "https://contoh.id/sitemap-news.xml")
    _ = try? FeedParser().parse(indexOpen + bytes + Data("</sitemap></sitemapindex>".utf8), url: "https://contoh.id/sitemap_index.xml")
    _ = SitemapDiscovery.candidates(robots: String(decoding: bytes, as: UTF8.self), site: URL(string: "https://contoh.id/")!)
    return 0
}

@_cdecl("fuzz_sitemaps_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzSitemaps($0, $1) }
}
