extension Builtins {
    static let text: [FunctionSpec] = []
}
