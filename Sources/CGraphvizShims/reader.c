// Reading DOT text into a graph whose object ids follow the text, so layouts do not depend on heap addresses.
//
// cgraph's default id discipline makes a named object's id the address of its interned name, and keeps
// subgraphs ordered by id. `dot` visits clusters in that order, so the same text could be laid out differently
// from one run (or one render) to the next: clusters swap places in the SVG, and with floating edge labels
// whole layouts changed. Here a name's id is its order of first appearance (even numbers, as cgraph expects
// of named objects; anonymous objects get odd ones), so the same text always gives the same graph.
//
// Every piece of state belongs to one graph (allocated in `open`, freed in `close`); the disciplines below are
// constant tables of functions, never written after compilation.
#include "CGraphvizShims.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// The names of one graph (its root and all its subgraphs share them) and a hash index over them.
///
/// The names themselves are cgraph's own interned strings (`agstrdup` on the root graph, as cgraph's default
/// discipline does), so `agnameof` hands out what the rest of Graphviz expects: `agwrite` reads the interned
/// string's header to tell an HTML-like name from a plain one. They are released with the graph's string
/// dictionary when the root graph is closed.
typedef struct {
    Agraph_t *root;
    char **names;           // names[k] has id 2 * (k + 1)
    size_t count, capacity;
    uint32_t *slots;        // open addressing: k + 1, or 0 for an empty slot
    size_t slotCount;       // a power of two, at least twice `count`
    IDTYPE anonymous;       // the last odd id handed out
} shopfloor_names;

static uint64_t names_hash(const char *s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 0x100000001b3ULL; }
    return h;
}

/// The slot of `name`: where it is, or the empty slot where it would go.
static size_t names_find(const shopfloor_names *t, const char *name) {
    size_t mask = t->slotCount - 1, i = (size_t)names_hash(name) & mask;
    while (t->slots[i] && strcmp(t->names[t->slots[i] - 1], name) != 0) i = (i + 1) & mask;
    return i;
}

/// Makes room for one more name; 0 when memory ran out.
static int names_grow(shopfloor_names *t) {
    if (t->count == t->capacity) {
        size_t capacity = t->capacity ? t->capacity * 2 : 64;
        char **grown = (char **)realloc(t->names, capacity * sizeof(char *));
        if (!grown) return 0;
        t->names = grown;
        t->capacity = capacity;
    }
    if (2 * (t->count + 1) > t->slotCount) {
        size_t slotCount = t->slotCount ? t->slotCount * 2 : 128;
        uint32_t *slots = (uint32_t *)calloc(slotCount, sizeof(uint32_t));
        if (!slots) return 0;
        free(t->slots);
        t->slots = slots;
        t->slotCount = slotCount;
        for (size_t k = 0; k < t->count; k++) t->slots[names_find(t, t->names[k])] = (uint32_t)(k + 1);
    }
    return 1;
}

static void *ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    shopfloor_names *t = (shopfloor_names *)calloc(1, sizeof(shopfloor_names));
    if (t) t->root = g;
    return t;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    shopfloor_names *t = (shopfloor_names *)state;
    if (!t) return 0;
    if (!str) {
        t->anonymous += 2;
        *id = t->anonymous - 1;   // 1, 3, 5, …
        return 1;
    }
    if (t->slotCount) {
        size_t slot = names_find(t, str);
        if (t->slots[slot]) { *id = (IDTYPE)(2 * t->slots[slot]); return 1; }
    }
    if (!createflag) { *id = 0; return 1; }   // no object has id 0: the lookup finds nothing
    if (!names_grow(t)) return 0;
    char *copy = agstrdup(t->root, str);
    if (!copy) return 0;
    t->names[t->count++] = copy;
    t->slots[names_find(t, copy)] = (uint32_t)t->count;
    *id = (IDTYPE)(2 * t->count);
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;   // ids are never chosen by the caller (as in cgraph's default)
}

static void ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;   // names live until the graph is closed
}

static char *ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    shopfloor_names *t = (shopfloor_names *)state;
    if (!t || id == 0 || id % 2 != 0 || id / 2 > t->count) return NULL;
    return t->names[id / 2 - 1];
}

static void ids_close(void *state) {
    shopfloor_names *t = (shopfloor_names *)state;
    if (!t) return;
    free(t->names);   // the strings go with the graph's string dictionary (agstrclose)
    free(t->slots);
    free(t);
}

static void ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

static Agiddisc_t ids_disc = { ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register };

/// DOT text handed to the parser a line at a time, as cgraph's own `agmemread` does.
typedef struct { const char *data; size_t length, cursor; } shopfloor_text;

static int text_read(void *chan, char *buf, int bufsize) {
    shopfloor_text *text = (shopfloor_text *)chan;
    if (bufsize <= 0 || text->cursor >= text->length) return 0;
    int n = 0;
    char c;
    do {
        c = text->data[text->cursor + (size_t)n];
        buf[n++] = c;
    } while (c != '\n' && n < bufsize && text->cursor + (size_t)n < text->length);
    text->cursor += (size_t)n;
    return n;
}

// The graph keeps its I/O discipline: writing goes through cgraph's own (as `agmemread` arranges it).
static int text_putstr(void *chan, const char *str) { return AgIoDisc.putstr(chan, str); }
static int text_flush(void *chan) { return AgIoDisc.flush(chan); }

static Agiodisc_t text_disc = { text_read, text_putstr, text_flush };

Agraph_t *shopfloor_read_dot(const char *dot) {
    shopfloor_text text = { dot, strlen(dot), 0 };
    Agdisc_t disc = { &AgMemDisc, &ids_disc, &text_disc };
    return agread(&text, &disc);
}
