#ifndef SHOPFLOOR_CGRAPHVIZ_SHIM_H
#define SHOPFLOOR_CGRAPHVIZ_SHIM_H
// libgvc and libcgraph. Version differences between Graphviz releases are hidden here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
