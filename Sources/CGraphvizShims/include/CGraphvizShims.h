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

/// A PDF of several pages being written (see pages.c): libcairo's PDF surface, one laid-out graph per page.
typedef struct shopfloor_pdf shopfloor_pdf;

/// Starts a PDF in memory; NULL when libcairo cannot be loaded (its message in `error`).
shopfloor_pdf *shopfloor_pdf_begin(char *error, size_t errorLength);

/// Adds a page of `width` × `height` points and draws the laid-out graph `g` on it, `margin` points in from the
/// top left corner, as Graphviz's own PDF device would draw it. Returns 0, or -1 when Graphviz could not render.
int shopfloor_pdf_add_page(shopfloor_pdf *pdf, GVC_t *gvc, graph_t *g, double width, double height, double margin);

/// Finishes the PDF and hands its bytes to the caller (free them with free()); frees `pdf`. Returns 0, or -1
/// when cairo reported an error (the PDF is then not handed over).
int shopfloor_pdf_finish(shopfloor_pdf *pdf, unsigned char **data, size_t *length);

#endif
