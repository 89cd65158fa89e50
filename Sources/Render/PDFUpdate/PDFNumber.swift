/// Numbers as PDF writes them: no exponent, at most three decimals.
enum PDFNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let negative = value < 0
        let thousandths = Int((abs(value) * 1000).rounded())
        guard thousandths != 0 else { return "0" }
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + String(thousandths / 1000) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
