/// Mermaid flowchart syntax: lexer, parser, AST with ranges. PLACEHOLDER.
public enum MermaidParserPlaceholder {}
