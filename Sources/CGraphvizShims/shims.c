// Differences between Graphviz releases, hidden behind one signature each.
#include "CGraphvizShims.h"
#include <graphviz/graphviz_version.h>

int shopfloor_gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int n = 0;
    int rc = gvRenderData(gvc, g, format, result, &n);
    *length = (size_t)n;
    return rc;
#endif
}

const char *shopfloor_graphviz_version(void) {
#ifdef PACKAGE_VERSION
    return PACKAGE_VERSION;
#else
    return "unknown";
#endif
}
