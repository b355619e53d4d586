extension Builtins {
    static let lookup: [FunctionSpec] = []
}
