// What Graphviz allocates for a layout and gvFreeLayout forgets to free, collected while it is still reachable
// so the caller can free it after gvFreeLayout. Version-specific by nature: only Graphviz 2.42/2.43 is handled
// (the version Debian 12 and Ubuntu 22.04/24.04 ship); with any other version nothing is collected.
#include "CGraphvizShims.h"
#include <stdlib.h>
#include <string.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/types.h>

struct shopfloor_orphans { void **blocks; size_t count, capacity; };

static void orphans_add(shopfloor_orphans *o, void *block) {
    if (!block) return;
    if (o->count == o->capacity) {
        size_t capacity = o->capacity ? o->capacity * 2 : 64;
        void **grown = (void **)realloc(o->blocks, capacity * sizeof(void *));
        if (!grown) return;   // out of memory: leave the block to Graphviz (it leaks, nothing breaks)
        o->blocks = grown;
        o->capacity = capacity;
    }
    o->blocks[o->count++] = block;
}

#if !defined(GRAPHVIZ_VERSION_MAJOR)   /* headers before 2.46 do not define it */
// Mirrors of Graphviz 2.42's private HTML-label structs (lib/common/htmltable.h, 2.42.2; Debian and Ubuntu
// ship that source as "2.43.0"). Only read, and only when the running library reports one of those versions.
typedef struct { textspan_t *items; short nitems; char just; double size; double lfsize; } gv242_span;
typedef struct { gv242_span *spans; short nspans; char simple; boxf box; } gv242_text;
typedef struct {
    char *href, *port, *target, *title, *id, *bgcolor, *pencolor;
    int gradientangle;
    signed char space;
    unsigned char border, pad, sides;
    unsigned short flags, width, height, style;
    boxf box;
} gv242_data;
struct gv242_cell;
typedef struct gv242_table {
    gv242_data data;
    union {
        struct { struct gv242_cell *parent; struct gv242_cell **cells; } n;
        struct { struct gv242_table *prev; Dt_t *rows; } p;
    } u;
    signed char cb;
    int *heights, *widths;
    int rc, cc;
    textfont_t *font;
    unsigned char flags;
} gv242_table;
typedef struct {
    union { gv242_table *tbl; gv242_text *txt; void *img; } u;
    char kind;
} gv242_label;
typedef struct gv242_cell {
    gv242_data data;
    unsigned short cspan, rspan, col, row;
    gv242_label child;
    gv242_table *parent;
    unsigned char ruled;
} gv242_cell;

static void collect_text(shopfloor_orphans *o, gv242_text *text) {
    if (!text || !text->spans) return;
    for (int i = 0; i < text->nspans; i++) orphans_add(o, text->spans[i].items);
}

static void collect_label(shopfloor_orphans *o, gv242_label *label, int depth) {
    if (!label || depth > 64) return;
    if (label->kind == 2) {             // HTML_TEXT
        collect_text(o, label->u.txt);
    } else if (label->kind == 1) {      // HTML_TBL
        gv242_table *table = label->u.tbl;
        if (!table || table->rc == -1 || !table->u.n.cells) return;   // never sized: freed another way
        for (gv242_cell **cell = table->u.n.cells; *cell; cell++) collect_label(o, &(*cell)->child, depth + 1);
    }
}

static void collect(shopfloor_orphans *o, textlabel_t *label) {
    if (label && label->html && label->u.html) collect_label(o, (gv242_label *)label->u.html, 0);
}

static void collect_subgraphs(shopfloor_orphans *o, Agraph_t *g, int depth) {
    if (depth > 64) return;
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        if (aggetrec(sub, "Agraphinfo_t", 0)) collect(o, GD_label(sub));
        collect_subgraphs(o, sub, depth + 1);
    }
}

/// Whether the running libgvc is one whose HTML-label layout the mirrors above describe.
static int gv242_matches(GVC_t *gvc) {
    const char *version = gvcVersion(gvc);
    return version && (strcmp(version, "2.43.0") == 0 || strncmp(version, "2.42.", 5) == 0);
}

/// In Graphviz 2.42/2.43 `free_html_text` frees each HTML text line's strings but not the line's `items`
/// array (72 bytes a line): those arrays are what is collected.
shopfloor_orphans *shopfloor_collect_orphans(GVC_t *gvc, Agraph_t *g) {
    if (!gv242_matches(gvc) || !aggetrec(g, "Agraphinfo_t", 0)) return NULL;
    shopfloor_orphans *o = (shopfloor_orphans *)calloc(1, sizeof(shopfloor_orphans));
    if (!o) return NULL;
    collect(o, GD_label(g));
    collect_subgraphs(o, g, 0);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (!aggetrec(n, "Agnodeinfo_t", 0)) continue;
        collect(o, ND_label(n));
        collect(o, ND_xlabel(n));
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            if (!aggetrec(e, "Agedgeinfo_t", 0)) continue;
            collect(o, ED_label(e));
            collect(o, ED_xlabel(e));
            collect(o, ED_head_label(e));
            collect(o, ED_tail_label(e));
        }
    }
    return o;
}
#else
shopfloor_orphans *shopfloor_collect_orphans(GVC_t *gvc, Agraph_t *g) {
    (void)gvc;
    (void)g;
    (void)orphans_add;
    return NULL;
}
#endif

void shopfloor_free_orphans(shopfloor_orphans *o) {
    if (!o) return;
    for (size_t i = 0; i < o->count; i++) free(o->blocks[i]);
    free(o->blocks);
    free(o);
}
