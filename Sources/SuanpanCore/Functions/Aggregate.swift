extension Builtins {
    static let aggregate: [FunctionSpec] = []
}
