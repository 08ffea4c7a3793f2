#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* xmlversion.h first: Debian's libxml2 enables ICU, whose UErrorCode clashes with
   Foundation's copy of ICU ("'UErrorCode' has different definitions"). The ICU members
   are only reached through pointers, so turning the flag off is safe. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* Swift 6 rejects the global function pointer xmlFree as not concurrency-safe. */
static inline void clibxml2_free(void *pointer) {
    xmlFree(pointer);
}

static void clibxml2_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

static void clibxml2_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* libxml2's error handlers are per thread; encoding and I/O errors bypass
   HTML_PARSE_NOERROR, so each parsing thread silences its own handlers first. */
static inline void clibxml2_silence_errors_on_this_thread(void) {
    xmlSetStructuredErrorFunc(NULL, clibxml2_ignore_structured_error);
    xmlSetGenericErrorFunc(NULL, clibxml2_ignore_generic_error);
}

/* Routes this context's errors to a no-op. HTML contexts start with sax->initialized = 1,
   and libxml2 only reads serror when initialized is XML_SAX2_MAGIC. */
static inline void clibxml2_silence_context(htmlParserCtxtPtr context) {
    if (context == NULL || context->sax == NULL) { return; }
    context->sax->serror = clibxml2_ignore_structured_error;
    context->sax->initialized = XML_SAX2_MAGIC;
    context->vctxt.error = clibxml2_ignore_generic_error;
    context->vctxt.warning = clibxml2_ignore_generic_error;
}

/* What the parser reported when it stopped, read before the context is freed. */
static inline int clibxml2_context_error_number(htmlParserCtxtPtr context) {
    return context == NULL ? 0 : context->errNo;
}

static inline int clibxml2_context_stopped(htmlParserCtxtPtr context) {
    return context == NULL ? 0 : (context->instate == XML_PARSER_EOF && context->disableSAX);
}

#endif
