import Foundation

/// A growable array of plain values in malloc'd memory, whose contents can be handed over
/// without a copy (`HTMLTreeBuilder` → `HTMLTree`). Growth uses `realloc`, which can often
/// extend a block in place. Not a general container: whoever takes `contents` frees it
/// with `free`, once.
struct FlatBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.reallocate(nil, self.capacity)
    }

    /// A copy of `array` in malloc'd memory.
    init(_ array: [Element]) {
        self.init(capacity: array.count)
        array.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    private static func reallocate(_ pointer: UnsafeMutablePointer<Element>?, _ capacity: Int) -> UnsafeMutablePointer<Element> {
        guard let raw = realloc(pointer, capacity * MemoryLayout<Element>.stride) else {
            fatalError("out of memory growing a buffer to \(capacity) elements")
        }
        return raw.assumingMemoryBound(to: Element.self)
    }

    subscript(i: Int) -> Element {
        get { base[i] }
        set { base[i] = newValue }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    private mutating func grow(to needed: Int) {
        capacity = Swift.max(needed, capacity * 2)
        base = Self.reallocate(base, capacity)
    }

    /// The elements, for their new owner (who frees them with `free`).
    var contents: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }
}
