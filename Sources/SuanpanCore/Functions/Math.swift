extension Builtins {
    static let math: [FunctionSpec] = []
}
