// libFuzzer entry for the feed parser: any bytes must parse or fail with an error, never
// crash, hang or leak. Built only by scripts/fuzz (PANTAU_FUZZ=1).
import Foundation
import PantauFuzzSupport
import PantauFeeds

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeeds(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    _ = try? FeedParser().parse(Data(bytes: data, count: size), url: "https://contoh.id/rss")
    return 0
}

@_cdecl("fuzz_feeds_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzFeeds($0, $1) }
}
