extension Builtins {
    static let analysis: [FunctionSpec] = []
}
