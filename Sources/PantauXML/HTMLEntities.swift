import CLibXML2

/// HTML's named character references, as libxml2's HTML parser knows them.
public enum HTMLEntities {
    /// Whether `name` (without `&` and `;`) is an HTML entity (`eacute`, `nbsp`; also `apos`).
    public static func isKnown(_ name: String) -> Bool {
        if name == "apos" { return true }
        return name.withCString { htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) } != nil
    }
}
