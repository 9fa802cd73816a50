#ifndef PANTAU_CLIBXML2_SHIM_H
#define PANTAU_CLIBXML2_SHIM_H

// Debian builds libxml2 against the system ICU, whose headers clash with Foundation's own
// ICU module; Pantau never uses libxml2's ICU encoders, so switch them off before any
// other libxml header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlIO.h>

/// `xmlFree` is a C global function pointer, which Swift cannot call directly.
static inline void pantau_xml_free(void *p) { xmlFree(p); }

/// Refuses every external entity or DTD: installed once per process, before any parse.
static xmlParserInputPtr pantau_refuse_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}
static inline void pantau_install_refusing_entity_loader(void) {
    xmlSetExternalEntityLoader(pantau_refuse_loader);
}

/// Silences libxml2's default error printing to stderr (errors are read per document).
static void pantau_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void pantau_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, pantau_silent_error);
}

#endif
