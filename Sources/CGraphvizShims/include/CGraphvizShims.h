#ifndef SHOPFLOOR_CGRAPHVIZSHIMS_H
#define SHOPFLOOR_CGRAPHVIZSHIMS_H
// Shopfloor's C for Graphviz, declared here and defined in the .c files beside this folder: the DOT reader's
// id discipline (reader.c), what Graphviz 2.42/2.43 forgets to free (orphans.c), and the differences between
// Graphviz releases (shims.c). The Swift side calls one signature whatever Graphviz the machine has.
// libgvc and libcgraph themselves come in through these includes; link flags come from the CGraphviz system
// library (pkg-config libgvc).
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Memory blocks Graphviz allocated for a graph's layout and will not free itself (see orphans.c).
typedef struct shopfloor_orphans shopfloor_orphans;

/// gvRenderData with a size_t length: Graphviz before 13.0 takes `unsigned int *`, 13.0 and later `size_t *`.
int shopfloor_gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length);

/// The version of the Graphviz library the package was compiled against, e.g. "2.42.2", or "unknown".
const char *shopfloor_graphviz_version(void);

/// Parses DOT text into a graph whose object ids follow the text, or NULL (the message goes to the error
/// function set with agseterrf). The same text always gives the same graph, and so the same layout.
Agraph_t *shopfloor_read_dot(const char *text);

/// Collects, after gvLayout and before gvFreeLayout, the blocks that gvFreeLayout will not free. Returns NULL
/// when there is nothing to do (another Graphviz version, or no layout).
shopfloor_orphans *shopfloor_collect_orphans(GVC_t *gvc, Agraph_t *g);

/// Frees what shopfloor_collect_orphans collected (NULL is allowed); call after gvFreeLayout.
void shopfloor_free_orphans(shopfloor_orphans *orphans);

#endif
