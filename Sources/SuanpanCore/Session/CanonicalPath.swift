import Foundation

/// Where a path really leads, for safe mode: `..` and symbolic links resolved, so that
/// `out/../../etc/passwd` or a link inside the output folder pointing elsewhere cannot pass
/// for a file inside it.
///
/// A file about to be written does not exist yet, so the deepest ancestor that exists is
/// resolved by `realpath` (the operating system follows every link in it) and the missing
/// rest is appended component by component; those components cannot be links, since they
/// do not exist, so removing a `..` among them by hand is exact.
enum CanonicalPath {
    /// `path` as an absolute path with no `.`, `..` or symbolic link in its existing part.
    /// A relative path starts from `base`.
    static func of(_ path: String, base: String) -> String {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var existing = absolute
        var missing: [String] = []
        while true {
            if let real = realPath(existing) { return appending(missing, to: real) }
            let components = existing.split(separator: "/", omittingEmptySubsequences: true)
            guard let last = components.last else { return appending(missing, to: "/") }
            missing.insert(String(last), at: 0)
            existing = "/" + components.dropLast().joined(separator: "/")
        }
    }

    /// True when `path` is `folder` or lies inside it; both canonical.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder == "/" { return true }
        return path == folder || path.hasPrefix(folder + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func appending(_ components: [String], to real: String) -> String {
        var parts = real.split(separator: "/").map(String.init)
        for component in components {
            switch component {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
