/// Planners (reach, core, expand, gates, attach) and metrics over a compact index of the organizing graph.
public enum Planning {}
