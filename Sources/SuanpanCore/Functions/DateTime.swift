extension Builtins {
    static let dateTime: [FunctionSpec] = []
}
