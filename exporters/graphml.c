#include "graphml.h"
#include "table.h"
#include "xml.h"
#include "../src/error.h"

#include <string.h>

static const char *graphml_type(parley_col_type t)
{
    switch (t) {
    case PARLEY_COL_INT: return "int";
    case PARLEY_COL_DOUBLE: return "double";
    case PARLEY_COL_BOOL: return "boolean";
    default: return "string";
    }
}

/* Write a value as GraphML data text. */
static int write_value(FILE *f, parley_col_type t, const parley_value *v)
{
    switch (t) {
    case PARLEY_COL_INT: return fprintf(f, "%lld", v->i) < 0 ? -1 : 0;
    case PARLEY_COL_DOUBLE: return fprintf(f, "%.10g", v->d) < 0 ? -1 : 0;
    case PARLEY_COL_BOOL: return fputs(v->b ? "true" : "false", f) < 0 ? -1 : 0;
    case PARLEY_COL_LIST:
        for (size_t k = 0; k < v->n_items; k++)
            if ((k && fputc(';', f) == EOF) || parley_xml_escape(f, v->items[k]) < 0)
                return -1;
        return 0;
    default: return parley_xml_escape(f, v->s);
    }
}

static int write_data(FILE *f, const char *prefix, size_t k, parley_col_type t, const parley_value *v)
{
    if (v->null || (t == PARLEY_COL_LIST && v->n_items == 0))
        return 0;
    if (fprintf(f, "      <data key=\"%s%zu\">", prefix, k) < 0 || write_value(f, t, v) < 0 || fputs("</data>\n", f) < 0)
        return -1;
    return 0;
}

int parley_graphml_write(FILE *f, const parley_network *net)
{
    const parley_column *nc, *ec;
    size_t nn = parley_table_node_columns(&nc), ne = parley_table_edge_columns(&ec);
    const parley_corpus *c = net->corpus;
    int bad = 0;
    bad |= fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                 "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                 "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                 "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", f) < 0;
    for (size_t k = 0; k < nn; k++)
        bad |= fprintf(f, "  <key id=\"n%zu\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k, nc[k].name,
                       graphml_type(nc[k].type)) < 0;
    for (size_t k = 0; k < ne; k++)
        bad |= fprintf(f, "  <key id=\"e%zu\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k, ec[k].name,
                       graphml_type(ec[k].type)) < 0;
    bad |= fputs("  <graph id=\"parley\" edgedefault=\"undirected\">\n", f) < 0;
    for (size_t i = 0; i < c->n_nodes && !bad; i++) {
        bad |= fputs("    <node id=\"", f) < 0 || parley_xml_escape(f, c->nodes[i].id) < 0 || fputs("\">\n", f) < 0;
        for (size_t k = 0; k < nn && !bad; k++) {
            parley_value v;
            if (parley_table_node_value(net, i, k, &v) < 0)
                return PARLEY_ENOMEM;
            bad |= write_data(f, "n", k, nc[k].type, &v) < 0;
            parley_value_clear(&v);
        }
        bad |= fputs("    </node>\n", f) < 0;
    }
    for (size_t i = 0; i < net->n_edges && !bad; i++) {
        const parley_edge *e = &net->edges[i];
        bad |= fprintf(f, "    <edge id=\"e%zu\" source=\"", i) < 0 || parley_xml_escape(f, c->nodes[e->from].id) < 0 ||
               fputs("\" target=\"", f) < 0 || parley_xml_escape(f, c->nodes[e->to].id) < 0 || fputs("\">\n", f) < 0;
        for (size_t k = 0; k < ne && !bad; k++) {
            parley_value v;
            if (parley_table_edge_value(net, i, k, &v) < 0)
                return PARLEY_ENOMEM;
            bad |= write_data(f, "e", k, ec[k].type, &v) < 0;
            parley_value_clear(&v);
        }
        bad |= fputs("    </edge>\n", f) < 0;
    }
    bad |= fputs("  </graph>\n</graphml>\n", f) < 0;
    return bad ? PARLEY_EOUTPUT : 0;
}
