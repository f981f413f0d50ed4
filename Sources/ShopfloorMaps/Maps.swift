/// A Graphviz-free render model, projections of the organizing graph and plans into it, and DOT encoding.
public enum Maps {}
