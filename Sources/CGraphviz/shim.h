#ifndef SHOPFLOOR_CGRAPHVIZ_SHIM_H
#define SHOPFLOOR_CGRAPHVIZ_SHIM_H
// libgvc and libcgraph. Version differences between Graphviz releases are hidden here, so the Swift side
// calls one signature whatever Graphviz the machine has.
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include "reader.h"

/// gvRenderData with a size_t length: Graphviz before 13.0 takes `unsigned int *`, 13.0 and later `size_t *`.
static inline int shopfloor_gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result,
                                         size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return rc;
#endif
}

/// The version of the Graphviz library the package was compiled against, e.g. "2.42.2".
static inline const char *shopfloor_graphviz_version(void) {
#ifdef PACKAGE_VERSION
    return PACKAGE_VERSION;
#else
    return "unknown";
#endif
}

/// Parses DOT text into a graph, or NULL (the message goes to the error function set with agseterrf).
/// Object ids follow the text (see reader.h), so the same text always gives the same layout.
static inline Agraph_t *shopfloor_agmemread(const char *text) { return shopfloor_read_dot(text); }

#include "orphans.h"

#endif
