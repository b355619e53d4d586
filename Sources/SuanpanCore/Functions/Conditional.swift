/// SUMIF, COUNTIF, AVERAGEIF and their several-criteria forms, MAXIFS and MINIFS.
///
/// Criteria (`Criterion`) pick cells of the criteria ranges; the function then reads the
/// cells at the same positions of its sum, average or max range, counting only numbers, as
/// SUM does with a reference. An error in a picked cell of that range is the result; errors
/// in criteria ranges simply match nothing. The *IFS forms need every range in one shape
/// (else `#VALUE!`); SUMIF and AVERAGEIF read their optional range from its top-left cell in
/// the criteria range's shape, as Excel does, cells past its edge counting as blank.
extension Builtins {
    /// The conditional aggregates' specs.
    static let conditional: [FunctionSpec] = [
        FunctionSpec("SUMIF", [.init("range", .range), .init("criteria"), .optional("sum_range", .range)],
                     summary: "Adds the numbers of the cells whose range cell meets the criterion.") { args throws(CellError) in
            var total = RunningTotal()
            try total.addNumbers(of: args.targetOfSingleCriterion(), pickedBy: args.singleCriterionSelection())
            return .number(total.sum)
        },
        FunctionSpec("SUMIFS", [.init("sum_range", .range)] + criteriaPairs,
                     summary: "Adds the numbers of the cells whose range cells meet every criterion.") { args throws(CellError) in
            var total = RunningTotal()
            try total.addNumbers(of: args.grid(0), pickedBy: args.selection(pairsFrom: 1, shapeOf: args.grid(0)))
            return .number(total.sum)
        },
        FunctionSpec("COUNTIF", [.init("range", .range), .init("criteria")],
                     summary: "Counts the cells of a range that meet the criterion.") { args throws(CellError) in
            .number(try args.singleCriterionSelection().count)
        },
        FunctionSpec("COUNTIFS", criteriaPairs,
                     summary: "Counts the positions where the cells of every range meet their criterion.") { args throws(CellError) in
            .number(try args.selection(pairsFrom: 0).count)
        },
        FunctionSpec("AVERAGEIF", [.init("range", .range), .init("criteria"), .optional("average_range", .range)],
                     summary: "The mean of the numbers of the cells whose range cell meets the criterion.") { args throws(CellError) in
            var total = RunningTotal()
            try total.addNumbers(of: args.targetOfSingleCriterion(), pickedBy: args.singleCriterionSelection())
            return .number(try total.average())
        },
        FunctionSpec("AVERAGEIFS", [.init("average_range", .range)] + criteriaPairs,
                     summary: "The mean of the numbers of the cells whose range cells meet every criterion.") { args throws(CellError) in
            var total = RunningTotal()
            try total.addNumbers(of: args.grid(0), pickedBy: args.selection(pairsFrom: 1, shapeOf: args.grid(0)))
            return .number(try total.average())
        },
        FunctionSpec("MAXIFS", [.init("max_range", .range)] + criteriaPairs,
                     summary: "The greatest number among the cells whose range cells meet every criterion, or 0.") { args throws(CellError) in
            var extreme = RunningExtreme(largest: true)
            try extreme.addNumbers(of: args.grid(0), pickedBy: args.selection(pairsFrom: 1, shapeOf: args.grid(0)))
            return .number(extreme.result)
        },
        FunctionSpec("MINIFS", [.init("min_range", .range)] + criteriaPairs,
                     summary: "The smallest number among the cells whose range cells meet every criterion, or 0.") { args throws(CellError) in
            var extreme = RunningExtreme(largest: false)
            try extreme.addNumbers(of: args.grid(0), pickedBy: args.selection(pairsFrom: 1, shapeOf: args.grid(0)))
            return .number(extreme.result)
        },
    ]

    /// The repeating `criteria_range, criteria` pair of the *IFS functions.
    private static let criteriaPairs: [FunctionSpec.Parameter] = [
        .repeating("criteria_range", .range), .repeating("criteria"),
    ]
}

extension Arguments {
    /// The cells of `range` (argument 0) that `criteria` (argument 1) picks.
    fileprivate func singleCriterionSelection() throws(CellError) -> CellSelection {
        let range = grid(0)
        var selection = CellSelection(rowCount: range.rowCount, columnCount: range.columnCount)
        selection.narrow(to: try criterion(1), in: range)
        return selection
    }

    /// The range SUMIF and AVERAGEIF read: argument 2, or the criteria range when left out.
    fileprivate func targetOfSingleCriterion() -> any Grid {
        isMissing(2) ? grid(0) : grid(2)
    }
}
