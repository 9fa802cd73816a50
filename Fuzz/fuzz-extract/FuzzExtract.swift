// libFuzzer entry for the article extractor (any page bytes). Built only by scripts/fuzz.
import Foundation
import PantauFuzzSupport
import PantauExtract

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    _ = try? ArticleExtractor().extract(Data(bytes: data, count: size), url: "https://contoh.id/berita/1")
    return 0
}

@_cdecl("fuzz_extract_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzExtract($0, $1) }
}
