import Foundation

/// Canonical form of an article URL, so the same article reached through different links
/// is stored once: fragment dropped, tracking parameters (`utm_*`, `fbclid`, `gclid`…)
/// removed, scheme and host lower-cased.
public enum URLCanonicalizer {
    static let trackingNames: Set<String> = ["fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
                                             "_ga", "ref", "ref_src", "src", "cmpid", "spm"]

    public static func canonical(_ url: String) -> String {
        guard var components = URLComponents(string: url.trimmingCharacters(in: .whitespacesAndNewlines)) else { return url }
        components.fragment = nil
        components.scheme = components.scheme?.lowercased()
        components.host = components.host?.lowercased()
        if let items = components.queryItems {
            let kept = items.filter { item in
                let name = item.name.lowercased()
                return !name.hasPrefix("utm_") && !trackingNames.contains(name)
            }
            components.queryItems = kept.isEmpty ? nil : kept
        }
        if (components.scheme == "http" && components.port == 80) || (components.scheme == "https" && components.port == 443) {
            components.port = nil
        }
        if components.path.isEmpty { components.path = "/" }
        return components.string ?? url
    }
}
