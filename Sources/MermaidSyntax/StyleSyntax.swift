import Diagnostics

/// One `property: value` of a style list, property lower-cased, both trimmed.
public struct StyleDeclarationSyntax: Hashable, Sendable {
    public var property: String
    public var value: String
    public var range: SourceRange

    public init(property: String, value: String, range: SourceRange) {
        self.property = property
        self.value = value
        self.range = range
    }
}

/// `classDef a,b fill:#f9f,stroke:#333`.
public struct ClassDefSyntax: Hashable, Sendable {
    public var names: [Identifier]
    public var declarations: [StyleDeclarationSyntax]
    public var range: SourceRange

    public init(names: [Identifier], declarations: [StyleDeclarationSyntax], range: SourceRange) {
        self.names = names
        self.declarations = declarations
        self.range = range
    }
}

/// `class a,b name`.
public struct ClassAssignmentSyntax: Hashable, Sendable {
    public var targets: [Identifier]
    public var classes: [Identifier]
    public var range: SourceRange

    public init(targets: [Identifier], classes: [Identifier], range: SourceRange) {
        self.targets = targets
        self.classes = classes
        self.range = range
    }
}

/// `style id fill:#f9f`.
public struct StyleSyntax: Hashable, Sendable {
    public var target: Identifier
    public var declarations: [StyleDeclarationSyntax]
    public var range: SourceRange

    public init(target: Identifier, declarations: [StyleDeclarationSyntax], range: SourceRange) {
        self.target = target
        self.declarations = declarations
        self.range = range
    }
}

/// One index of a `linkStyle` list.
public struct LinkIndexSyntax: Hashable, Sendable {
    public var value: Int
    public var range: SourceRange

    public init(_ value: Int, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// `linkStyle 0,2 stroke:red` or `linkStyle default …`.
public struct LinkStyleSyntax: Hashable, Sendable {
    /// Which links: `nil` for `default`.
    public var indices: [LinkIndexSyntax]?
    public var interpolate: Identifier?
    public var declarations: [StyleDeclarationSyntax]
    public var range: SourceRange

    public init(indices: [LinkIndexSyntax]?, interpolate: Identifier? = nil,
                declarations: [StyleDeclarationSyntax], range: SourceRange) {
        self.indices = indices
        self.interpolate = interpolate
        self.declarations = declarations
        self.range = range
    }
}
