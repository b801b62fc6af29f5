#include "XMLBridge.h"
// As in CLibXML2's header: keep ICU's headers out (Debian's libxml2 is built with ICU).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <string.h>

static void silent_errors(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

static void quiet_libxml(void) {
    static int done = 0;
    if (!done) {
        xmlInitParser();
        xmlSetGenericErrorFunc(NULL, silent_errors);
        done = 1;
    }
}

gh_xml_doc *gh_html_parse_utf8(const char *bytes, int32_t length) {
    quiet_libxml();
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;
    htmlDocPtr doc = htmlReadMemory(bytes, length, NULL, "UTF-8", options);
    return (gh_xml_doc *)doc;
}

gh_xml_doc *gh_xml_parse(const char *bytes, int32_t length, int32_t *error_line) {
    quiet_libxml();
    // Deliberately absent: XML_PARSE_NOENT (would read local files), XML_PARSE_DTDLOAD (fetches),
    // XML_PARSE_HUGE (lifts the expansion limits).
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) { *error_line = 0; return NULL; }
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes, length, NULL, NULL, options);
    if (doc == NULL || !ctxt->wellFormed) {
        xmlErrorPtr err = xmlCtxtGetLastError(ctxt);
        *error_line = err ? err->line : 0;
        if (doc) xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return NULL;
    }
    *error_line = 0;
    xmlFreeParserCtxt(ctxt);
    return (gh_xml_doc *)doc;
}

void gh_doc_free(gh_xml_doc *doc) {
    if (doc) xmlFreeDoc((xmlDocPtr)doc);
}

gh_xml_node *gh_doc_root(gh_xml_doc *doc) {
    return (gh_xml_node *)xmlDocGetRootElement((xmlDocPtr)doc);
}

gh_xml_node *gh_node_first_child(gh_xml_node *node) {
    return node ? (gh_xml_node *)((xmlNodePtr)node)->children : NULL;
}

gh_xml_node *gh_node_next(gh_xml_node *node) {
    return node ? (gh_xml_node *)((xmlNodePtr)node)->next : NULL;
}

int32_t gh_node_kind(gh_xml_node *node) {
    switch (((xmlNodePtr)node)->type) {
    case XML_ELEMENT_NODE: return GH_NODE_ELEMENT;
    case XML_TEXT_NODE: return GH_NODE_TEXT;
    case XML_CDATA_SECTION_NODE: return GH_NODE_CDATA;
    default: return GH_NODE_OTHER;
    }
}

const char *gh_node_name(gh_xml_node *node) {
    return (const char *)((xmlNodePtr)node)->name;
}

const char *gh_node_text(gh_xml_node *node) {
    return (const char *)((xmlNodePtr)node)->content;
}

char *gh_node_attribute(gh_xml_node *node, const char *name) {
    xmlNodePtr n = (xmlNodePtr)node;
    for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
        if (a->name && strcmp((const char *)a->name, name) == 0) {
            return (char *)xmlNodeGetContent((xmlNodePtr)a);
        }
    }
    return NULL;
}

void gh_free(void *pointer) {
    if (pointer) xmlFree(pointer);
}
