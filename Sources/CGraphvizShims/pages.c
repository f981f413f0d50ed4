// A PDF of several pages: libcairo's PDF surface, with each page drawn by Graphviz's cairo renderer into a
// context we hand it (gvRenderContext). Graphviz finishes the surface it draws on at the end of a page, so each
// page is drawn on a subsurface of the PDF (finishing a subsurface leaves its target open), and the page is
// shown on the PDF itself. libcairo is the one Graphviz's own PDF device loads; it is opened with dlopen, so no
// cairo headers or link flags are needed (the few functions used are declared here).
#include "CGraphvizShims.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*cairo_write_t)(void *closure, const unsigned char *data, unsigned int length);

struct shopfloor_pdf {
    void *library;
    void *surface;
    unsigned char *bytes;
    size_t length, capacity;
    int failed;
    void *(*pdf_surface_create_for_stream)(cairo_write_t, void *, double, double);
    void (*pdf_surface_set_size)(void *, double, double);
    void *(*surface_create_for_rectangle)(void *, double, double, double, double);
    void *(*create)(void *);
    void (*destroy)(void *);
    void (*surface_show_page)(void *);
    void (*surface_finish)(void *);
    void (*surface_destroy)(void *);
    int (*surface_status)(void *);
};

static int shopfloor_pdf_write(void *closure, const unsigned char *data, unsigned int length) {
    shopfloor_pdf *pdf = closure;
    if (pdf->length + length > pdf->capacity) {
        size_t capacity = pdf->capacity ? pdf->capacity : 65536;
        while (capacity < pdf->length + length) capacity *= 2;
        unsigned char *grown = realloc(pdf->bytes, capacity);
        if (!grown) { pdf->failed = 1; return 11; } // CAIRO_STATUS_WRITE_ERROR
        pdf->bytes = grown;
        pdf->capacity = capacity;
    }
    memcpy(pdf->bytes + pdf->length, data, length);
    pdf->length += length;
    return 0;
}

shopfloor_pdf *shopfloor_pdf_begin(char *error, size_t errorLength) {
    void *library = dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libcairo.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libcairo.2.dylib", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(error, errorLength, "libcairo could not be loaded: %s", dlerror());
        return NULL;
    }
    shopfloor_pdf *pdf = calloc(1, sizeof *pdf);
    if (!pdf) { dlclose(library); snprintf(error, errorLength, "out of memory"); return NULL; }
    pdf->library = library;
    *(void **)&pdf->pdf_surface_create_for_stream = dlsym(library, "cairo_pdf_surface_create_for_stream");
    *(void **)&pdf->pdf_surface_set_size = dlsym(library, "cairo_pdf_surface_set_size");
    *(void **)&pdf->surface_create_for_rectangle = dlsym(library, "cairo_surface_create_for_rectangle");
    *(void **)&pdf->create = dlsym(library, "cairo_create");
    *(void **)&pdf->destroy = dlsym(library, "cairo_destroy");
    *(void **)&pdf->surface_show_page = dlsym(library, "cairo_surface_show_page");
    *(void **)&pdf->surface_finish = dlsym(library, "cairo_surface_finish");
    *(void **)&pdf->surface_destroy = dlsym(library, "cairo_surface_destroy");
    *(void **)&pdf->surface_status = dlsym(library, "cairo_surface_status");
    if (!pdf->pdf_surface_create_for_stream || !pdf->pdf_surface_set_size || !pdf->surface_create_for_rectangle
        || !pdf->create || !pdf->destroy || !pdf->surface_show_page || !pdf->surface_finish || !pdf->surface_destroy
        || !pdf->surface_status) {
        snprintf(error, errorLength, "libcairo lacks its PDF surface (cairo 1.10 or later is needed)");
        dlclose(library);
        free(pdf);
        return NULL;
    }
    pdf->surface = pdf->pdf_surface_create_for_stream(shopfloor_pdf_write, pdf, 595, 842);
    return pdf;
}

int shopfloor_pdf_add_page(shopfloor_pdf *pdf, GVC_t *gvc, graph_t *g, double width, double height, double margin) {
    pdf->pdf_surface_set_size(pdf->surface, width, height);
    void *page = pdf->surface_create_for_rectangle(pdf->surface, margin, margin, width - 2 * margin, height - 2 * margin);
    void *context = pdf->create(page);
    int rc = gvRenderContext(gvc, g, "pdf:cairo", context);
    pdf->destroy(context);
    pdf->surface_destroy(page);
    pdf->surface_show_page(pdf->surface);
    return rc == 0 ? 0 : -1;
}

int shopfloor_pdf_finish(shopfloor_pdf *pdf, unsigned char **data, size_t *length) {
    pdf->surface_finish(pdf->surface);
    int status = pdf->surface_status(pdf->surface);
    pdf->surface_destroy(pdf->surface);
    dlclose(pdf->library);
    int ok = status == 0 && !pdf->failed;
    if (ok) {
        *data = pdf->bytes;
        *length = pdf->length;
    } else {
        free(pdf->bytes);
    }
    free(pdf);
    return ok ? 0 : -1;
}
