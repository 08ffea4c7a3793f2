#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* xmlversion.h first: Debian's libxml2 enables ICU, whose UErrorCode clashes with
   Foundation's copy of ICU ("'UErrorCode' has different definitions"). The ICU members
   are only reached through pointers, so turning the flag off is safe. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <time.h>

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

/* The monotonic clock in nanoseconds: the one clock both Swift and the SAX watch read. */
static inline long long clibxml2_monotonic_nanoseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000000000LL + (long long)now.tv_nsec;
}

/* A deadline for one parse. libxml2 cannot be interrupted from outside, so the watch wraps the
   SAX callbacks and the context's error handler (stray end tags raise errors, not events) and
   calls xmlStopParser from inside the parser once the deadline has passed. It lives in
   ctxt->_private, which the HTML parser never reads or resets. */
/* A receiver for the parse events when the caller builds its own tree: libxml2 then builds
   none. `start` gets the tag name, the NULL-terminated name/value pairs (a NULL value for an
   attribute written without one) and whether the document has a DTD node (libxml2 attaches an
   element that opens after the root has closed beside the DTD, else inside the root). `text`
   gets character data (`cdata` 1 for script and style blocks, which libxml2 never merges);
   `boundary` reports a comment or processing instruction, which ends a run of text. */
typedef struct {
    void *receiver;
    void (*start)(void *receiver, const xmlChar *name, const xmlChar **attributes, int hasDTD);
    void (*end)(void *receiver);
    void (*text)(void *receiver, const xmlChar *text, int length, int cdata);
    void (*boundary)(void *receiver);
} clibxml2_sink;

typedef struct {
    long long deadline;      /* clibxml2_monotonic_nanoseconds(); 0 means no deadline */
    unsigned int events;
    int expired;
    startElementSAXFunc startElement;
    endElementSAXFunc endElement;
    charactersSAXFunc characters;
    ignorableWhitespaceSAXFunc ignorableWhitespace;
    cdataBlockSAXFunc cdataBlock;
    commentSAXFunc comment;
    processingInstructionSAXFunc processingInstruction;
    clibxml2_sink *sink;     /* NULL: libxml2 builds its own tree */
} clibxml2_watch;

/* Reads the clock every 16 events: cheap, and fine-grained enough because the markup limiter
   bounds the cost of any single event. */
static inline void clibxml2_watch_tick(void *context) {
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    if (parser == NULL) { return; }
    clibxml2_watch *watch = (clibxml2_watch *)parser->_private;
    if (watch == NULL || watch->deadline == 0 || watch->expired) { return; }
    watch->events += 1;
    if ((watch->events & 15) != 0) { return; }
    if (clibxml2_monotonic_nanoseconds() > watch->deadline) {
        watch->expired = 1;
        xmlStopParser(parser);
    }
}

static inline clibxml2_watch *clibxml2_watch_of(void *context) {
    return context == NULL ? NULL : (clibxml2_watch *)((xmlParserCtxtPtr)context)->_private;
}

static void clibxml2_watch_start_element(void *context, const xmlChar *name, const xmlChar **attributes) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        xmlDocPtr document = ((xmlParserCtxtPtr)context)->myDoc;
        watch->sink->start(watch->sink->receiver, name, attributes, document != NULL && document->intSubset != NULL);
    } else if (watch != NULL && watch->startElement != NULL) { watch->startElement(context, name, attributes); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_end_element(void *context, const xmlChar *name) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        watch->sink->end(watch->sink->receiver);
    } else if (watch != NULL && watch->endElement != NULL) { watch->endElement(context, name); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_characters(void *context, const xmlChar *text, int length) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        watch->sink->text(watch->sink->receiver, text, length, 0);
    } else if (watch != NULL && watch->characters != NULL) { watch->characters(context, text, length); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_ignorable_whitespace(void *context, const xmlChar *text, int length) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->ignorableWhitespace != NULL) { watch->ignorableWhitespace(context, text, length); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_cdata_block(void *context, const xmlChar *text, int length) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        watch->sink->text(watch->sink->receiver, text, length, 1);
    } else if (watch != NULL && watch->cdataBlock != NULL) { watch->cdataBlock(context, text, length); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_comment(void *context, const xmlChar *text) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        watch->sink->boundary(watch->sink->receiver);
    } else if (watch != NULL && watch->comment != NULL) { watch->comment(context, text); }
    clibxml2_watch_tick(context);
}

static void clibxml2_watch_processing_instruction(void *context, const xmlChar *target, const xmlChar *data) {
    clibxml2_watch *watch = clibxml2_watch_of(context);
    if (watch != NULL && watch->sink != NULL) {
        watch->sink->boundary(watch->sink->receiver);
    } else if (watch != NULL && watch->processingInstruction != NULL) { watch->processingInstruction(context, target, data); }
    clibxml2_watch_tick(context);
}

/* The context's structured error handler: ignores the error, but counts it as an event. */
static void clibxml2_watch_error(void *context, xmlErrorPtr error) {
    (void)error;
    clibxml2_watch_tick(context);
}

/* Installs the watch on a fresh context (after clibxml2_silence_context). The watch must
   outlive the parse; the context's userData is the context itself, as htmlNewParserCtxt sets it. */
static inline void clibxml2_watch_context(htmlParserCtxtPtr context, clibxml2_watch *watch) {
    if (context == NULL || context->sax == NULL || watch == NULL) { return; }
    watch->startElement = context->sax->startElement;
    watch->endElement = context->sax->endElement;
    watch->characters = context->sax->characters;
    watch->ignorableWhitespace = context->sax->ignorableWhitespace;
    watch->cdataBlock = context->sax->cdataBlock;
    watch->comment = context->sax->comment;
    watch->processingInstruction = context->sax->processingInstruction;
    context->_private = watch;
    context->userData = context;
    context->sax->startElement = clibxml2_watch_start_element;
    context->sax->endElement = clibxml2_watch_end_element;
    context->sax->characters = clibxml2_watch_characters;
    context->sax->ignorableWhitespace = clibxml2_watch_ignorable_whitespace;
    context->sax->cdataBlock = watch->cdataBlock == NULL ? NULL : clibxml2_watch_cdata_block;
    context->sax->comment = clibxml2_watch_comment;
    context->sax->processingInstruction = clibxml2_watch_processing_instruction;
    context->sax->serror = clibxml2_watch_error;
}

/* What the parser reported when it stopped, read before the context is freed. */
/* The input buffer's own error (a failed conversion leaves the rest of the input unread
   without halting the parser), else the parser's last error. */
static inline int clibxml2_context_error_number(htmlParserCtxtPtr context) {
    if (context == NULL) { return 0; }
    if (context->input != NULL && context->input->buf != NULL && context->input->buf->error != 0) {
        return context->input->buf->error;
    }
    return context->errNo;
}

/* Whether the parser gave up before the end of its input: halted, or its input could not be
   read on (a conversion error). */
static inline int clibxml2_context_stopped(htmlParserCtxtPtr context) {
    if (context == NULL) { return 0; }
    if (context->instate == XML_PARSER_EOF && context->disableSAX) { return 1; }
    return context->input != NULL && context->input->buf != NULL && context->input->buf->error != 0;
}

#endif
