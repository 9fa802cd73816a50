// libFuzzer entry for the date parser (any string). Built only by scripts/fuzz.
import Foundation
import PantauFuzzSupport
import PantauCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ input: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = input else { return 0 }
    _ = DateParser.parse(String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self))
    return 0
}

@_cdecl("fuzz_dates_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzDates($0, $1) }
}
