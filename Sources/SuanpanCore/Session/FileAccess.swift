/// Which files statements may touch. A script from a colleague runs with `--safe`: it may
/// write only inside the output directory, read only beside itself and there, and run no
/// other script (SPEC §10).
public enum FileAccess: Sendable, Equatable {
    case unrestricted
    /// `readable`: folders workbooks and templates may be read from; `outputDirectory`:
    /// the one folder files may be written to, or nil for none.
    case safe(readable: [String], outputDirectory: String?)
}
