// libxml2 as XMLBridge sees it. Debian builds libxml2 with ICU support, which drags ICU's
// headers in; undefining LIBXML_ICU_ENABLED keeps them out (see README, "Building").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
