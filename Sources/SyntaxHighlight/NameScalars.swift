/// Which scalars make up a name in one language: letters, digits and `_`, plus its extras.
struct NameScalars {
    /// Allowed anywhere in a name (`$` in JavaScript).
    let extras: Set<Unicode.Scalar>
    /// Allowed inside a name but not first (`-` in shell words).
    let innerExtras: Set<Unicode.Scalar>

    func isStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierStart || (!extras.isEmpty && extras.contains(scalar))
    }

    func isContinue(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isIdentifierContinue || (!extras.isEmpty && extras.contains(scalar))
            || (!innerExtras.isEmpty && innerExtras.contains(scalar))
    }

    /// Whether the scalar before `position` belongs to a name (so `position` is mid-word).
    func follows(_ position: Int, in map: KindMap) -> Bool {
        guard let previous = map.at(position - 1) else { return false }
        return isContinue(previous)
    }
}
