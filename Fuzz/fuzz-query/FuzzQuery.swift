// libFuzzer entry for the search query parser (any string). Built only by scripts/fuzz.
import Foundation
import PantauCore
import PantauFuzzSupport
import PantauStore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let query = try? SearchQuery.parse(text) {
        _ = try? query.splitFilters()
        _ = try? query.ftsExpression()
    }
    return 0
}

@_cdecl("fuzz_query_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzQuery($0, $1) }
}
