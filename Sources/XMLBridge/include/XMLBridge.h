// XMLBridge: libxml2's HTML and XML parsers behind plain C types.
//
// libxml2's headers pull in ICU's (Debian builds it with ICU), which clashes with Foundation's
// bundled ICU in Swift; this header exposes opaque pointers and C strings only. Parser options
// are fixed here so no caller can turn on network access or entity expansion.
#ifndef GONGHUI_XML_BRIDGE_H
#define GONGHUI_XML_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct gh_xml_doc gh_xml_doc;
typedef struct gh_xml_node gh_xml_node;

enum {
    GH_NODE_ELEMENT = 1,
    GH_NODE_TEXT = 3,
    GH_NODE_CDATA = 4,
    GH_NODE_OTHER = 0
};

/// Parses an HTML page given as UTF-8 (the caller has decoded it); recovers from errors, never
/// touches the network. Returns NULL when nothing could be parsed.
gh_xml_doc *gh_html_parse_utf8(const char *bytes, int32_t length);

/// Parses XML with network access, DTD loading and entity substitution off (entity
/// references stay references, so billion-laughs and external entities do nothing).
/// Returns NULL on a fatal error; `error_line` receives the line of the first error.
gh_xml_doc *gh_xml_parse(const char *bytes, int32_t length, int32_t *error_line);

void gh_doc_free(gh_xml_doc *doc);

gh_xml_node *gh_doc_root(gh_xml_doc *doc);
gh_xml_node *gh_node_first_child(gh_xml_node *node);
gh_xml_node *gh_node_next(gh_xml_node *node);
int32_t gh_node_kind(gh_xml_node *node);
/// Local name of an element (UTF-8, owned by the document).
const char *gh_node_name(gh_xml_node *node);
/// Text of a text or CDATA node (UTF-8, owned by the document).
const char *gh_node_text(gh_xml_node *node);
/// Value of an attribute (matched by local name, any namespace); free with gh_free.
char *gh_node_attribute(gh_xml_node *node, const char *name);

void gh_free(void *pointer);


#ifdef __cplusplus
}
#endif

#endif
