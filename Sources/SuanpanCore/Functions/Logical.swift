extension Builtins {
    static let logical: [FunctionSpec] = []
}
