#ifndef SHOPFLOOR_CGRAPHVIZ_SHIM_H
#define SHOPFLOOR_CGRAPHVIZ_SHIM_H
// libgvc and libcgraph as a system library: its module gives the compile and link flags (pkg-config libgvc).
// Shopfloor's own C for Graphviz is the CGraphvizShims target (declarations in include/, bodies in .c files).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

#endif
