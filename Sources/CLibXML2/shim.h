// Umbrella header for the libxml2 system library, plus small shims.
//
// `xmlFree` is declared as a global function-pointer variable in the libxml2 2.9
// headers, which Swift 6 rejects as shared mutable state. Calling it from a
// static inline C function keeps that detail on the C side.
#ifndef REDLINE_CLIBXML2_SHIM_H
#define REDLINE_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with Foundation's copy of ICU.
// Redline never uses libxml2's ICU-specific declarations, so leave them out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

static inline void redline_xml_free(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}

#endif
