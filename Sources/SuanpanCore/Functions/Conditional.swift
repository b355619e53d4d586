extension Builtins {
    static let conditional: [FunctionSpec] = []
}
