#ifndef SHOPFLOOR_CGRAPHVIZ_ORPHANS_H
#define SHOPFLOOR_CGRAPHVIZ_ORPHANS_H
// What Graphviz allocates for a layout and gvFreeLayout forgets to free, collected while it is still reachable
// so the caller can free it after gvFreeLayout. Version-specific by nature: only Graphviz 2.42/2.43 is handled
// (the version Debian 12 and Ubuntu 22.04/24.04 ship); with any other version nothing is collected.
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/types.h>

/// Memory blocks Graphviz allocated for a graph's layout and will not free itself.
typedef struct { void **blocks; size_t count, capacity; } shopfloor_orphans;

static inline void shopfloor_orphans_add(shopfloor_orphans *o, void *block) {
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
typedef struct { textspan_t *items; short nitems; char just; double size; double lfsize; } shopfloor_gv242_span;
typedef struct { shopfloor_gv242_span *spans; short nspans; char simple; boxf box; } shopfloor_gv242_text;
typedef struct {
    char *href, *port, *target, *title, *id, *bgcolor, *pencolor;
    int gradientangle;
    signed char space;
    unsigned char border, pad, sides;
    unsigned short flags, width, height, style;
    boxf box;
} shopfloor_gv242_data;
struct shopfloor_gv242_cell;
typedef struct shopfloor_gv242_table {
    shopfloor_gv242_data data;
    union {
        struct { struct shopfloor_gv242_cell *parent; struct shopfloor_gv242_cell **cells; } n;
        struct { struct shopfloor_gv242_table *prev; Dt_t *rows; } p;
    } u;
    signed char cb;
    int *heights, *widths;
    int rc, cc;
    textfont_t *font;
    unsigned char flags;
} shopfloor_gv242_table;
typedef struct {
    union { shopfloor_gv242_table *tbl; shopfloor_gv242_text *txt; void *img; } u;
    char kind;
} shopfloor_gv242_label;
typedef struct shopfloor_gv242_cell {
    shopfloor_gv242_data data;
    unsigned short cspan, rspan, col, row;
    shopfloor_gv242_label child;
    shopfloor_gv242_table *parent;
    unsigned char ruled;
} shopfloor_gv242_cell;

static inline void shopfloor_gv242_collect_label(shopfloor_orphans *o, shopfloor_gv242_label *label, int depth);

static inline void shopfloor_gv242_collect_text(shopfloor_orphans *o, shopfloor_gv242_text *text) {
    if (!text || !text->spans) return;
    for (int i = 0; i < text->nspans; i++) shopfloor_orphans_add(o, text->spans[i].items);
}

static inline void shopfloor_gv242_collect_label(shopfloor_orphans *o, shopfloor_gv242_label *label, int depth) {
    if (!label || depth > 64) return;
    if (label->kind == 2) {             // HTML_TEXT
        shopfloor_gv242_collect_text(o, label->u.txt);
    } else if (label->kind == 1) {      // HTML_TBL
        shopfloor_gv242_table *table = label->u.tbl;
        if (!table || table->rc == -1 || !table->u.n.cells) return;   // never sized: freed another way
        for (shopfloor_gv242_cell **cell = table->u.n.cells; *cell; cell++)
            shopfloor_gv242_collect_label(o, &(*cell)->child, depth + 1);
    }
}

static inline void shopfloor_gv242_collect(shopfloor_orphans *o, textlabel_t *label) {
    if (label && label->html && label->u.html)
        shopfloor_gv242_collect_label(o, (shopfloor_gv242_label *)label->u.html, 0);
}

static inline void shopfloor_gv242_collect_subgraphs(shopfloor_orphans *o, Agraph_t *g, int depth) {
    if (depth > 64) return;
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        if (aggetrec(sub, "Agraphinfo_t", 0)) shopfloor_gv242_collect(o, GD_label(sub));
        shopfloor_gv242_collect_subgraphs(o, sub, depth + 1);
    }
}

/// Whether the running libgvc is one whose HTML-label layout the mirrors above describe.
static inline int shopfloor_gv242_matches(GVC_t *gvc) {
    const char *version = gvcVersion(gvc);
    return version && (strcmp(version, "2.43.0") == 0 || strncmp(version, "2.42.", 5) == 0);
}

/// Collects, after gvLayout and before gvFreeLayout, the blocks that gvFreeLayout will not free: in
/// Graphviz 2.42/2.43 `free_html_text` frees each HTML text line's strings but not the line's `items`
/// array (72 bytes a line). Returns NULL when there is nothing to do (another Graphviz version).
static inline shopfloor_orphans *shopfloor_collect_orphans(GVC_t *gvc, Agraph_t *g) {
    if (!shopfloor_gv242_matches(gvc) || !aggetrec(g, "Agraphinfo_t", 0)) return NULL;
    shopfloor_orphans *o = (shopfloor_orphans *)calloc(1, sizeof(shopfloor_orphans));
    if (!o) return NULL;
    shopfloor_gv242_collect(o, GD_label(g));
    shopfloor_gv242_collect_subgraphs(o, g, 0);
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (!aggetrec(n, "Agnodeinfo_t", 0)) continue;
        shopfloor_gv242_collect(o, ND_label(n));
        shopfloor_gv242_collect(o, ND_xlabel(n));
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            if (!aggetrec(e, "Agedgeinfo_t", 0)) continue;
            shopfloor_gv242_collect(o, ED_label(e));
            shopfloor_gv242_collect(o, ED_xlabel(e));
            shopfloor_gv242_collect(o, ED_head_label(e));
            shopfloor_gv242_collect(o, ED_tail_label(e));
        }
    }
    return o;
}
#else
static inline shopfloor_orphans *shopfloor_collect_orphans(GVC_t *gvc, Agraph_t *g) {
    (void)gvc;
    (void)g;
    return NULL;
}
#endif

/// Frees what ``shopfloor_collect_orphans`` collected; call after gvFreeLayout.
static inline void shopfloor_free_orphans(shopfloor_orphans *o) {
    if (!o) return;
    for (size_t i = 0; i < o->count; i++) free(o->blocks[i]);
    free(o->blocks);
    free(o);
}

#endif
