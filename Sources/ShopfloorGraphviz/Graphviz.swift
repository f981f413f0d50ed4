/// Renders DOT text through Graphviz's own library, in-process.
public enum Graphviz {}
