#include "gexf.h"
#include "table.h"
#include "xml.h"
#include "../src/dates.h"
#include "../src/error.h"

#include <math.h>
#include <string.h>

static const char *gexf_type(parley_col_type t)
{
    switch (t) {
    case PARLEY_COL_INT: return "integer";
    case PARLEY_COL_DOUBLE: return "double";
    case PARLEY_COL_BOOL: return "boolean";
    default: return "string";
    }
}

/* The interval a (possibly partial) date covers, as full dates; false when there is none. */
static bool date_interval(const char *d, char start[11], char end[11])
{
    parley_date p;
    if (!d || !*d || d[0] == '-' || parley_date_parse(&p, d) < 0)
        return false;
    parley_date a = p, b = p;
    if (!p.m) {
        a.m = 1;
        b.m = 12;
    }
    if (!p.d) {
        a.d = 1;
        b.d = parley_date_days_in_month(b.y, b.m);
    }
    parley_date_format(start, &a);
    parley_date_format(end, &b);
    return true;
}

static int write_attvalues(FILE *f, const parley_network *net, size_t i, bool node)
{
    const parley_column *cols;
    size_t n = node ? parley_table_node_columns(&cols) : parley_table_edge_columns(&cols);
    if (fputs("        <attvalues>\n", f) < 0)
        return PARLEY_EOUTPUT;
    for (size_t k = 0; k < n; k++) {
        parley_value v;
        int rc = node ? parley_table_node_value(net, i, k, &v) : parley_table_edge_value(net, i, k, &v);
        if (rc < 0)
            return rc;
        if (!v.null && !(cols[k].type == PARLEY_COL_LIST && v.n_items == 0)) {
            int bad = fprintf(f, "          <attvalue for=\"%s%zu\" value=\"", node ? "n" : "e", k) < 0;
            switch (cols[k].type) {
            case PARLEY_COL_INT: bad |= fprintf(f, "%lld", v.i) < 0; break;
            case PARLEY_COL_DOUBLE: bad |= fprintf(f, "%.10g", v.d) < 0; break;
            case PARLEY_COL_BOOL: bad |= fputs(v.b ? "true" : "false", f) < 0; break;
            case PARLEY_COL_LIST:
                for (size_t q = 0; q < v.n_items; q++)
                    bad |= (q && fputc(';', f) == EOF) || parley_xml_escape(f, v.items[q]) < 0;
                break;
            default: bad |= parley_xml_escape(f, v.s) < 0;
            }
            bad |= fputs("\"/>\n", f) < 0;
            if (bad) {
                parley_value_clear(&v);
                return PARLEY_EOUTPUT;
            }
        }
        parley_value_clear(&v);
    }
    return fputs("        </attvalues>\n", f) < 0 ? PARLEY_EOUTPUT : 0;
}

static const unsigned char type_colours[][3] = {
    {228, 26, 28}, {55, 126, 184}, {77, 175, 74}, {152, 78, 163}, {255, 127, 0}};

int parley_gexf_write(FILE *f, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    const parley_column *nc, *ec;
    size_t nn = parley_table_node_columns(&nc), ne = parley_table_edge_columns(&ec);
    int bad = 0, rc;
    bad |= fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
                 "  <meta>\n    <creator>parley</creator>\n    <description>who met whom</description>\n  </meta>\n"
                 "  <graph mode=\"dynamic\" timeformat=\"date\" defaultedgetype=\"undirected\">\n", f) < 0;
    bad |= fputs("    <attributes class=\"node\">\n", f) < 0;
    for (size_t k = 0; k < nn; k++)
        bad |= fprintf(f, "      <attribute id=\"n%zu\" title=\"%s\" type=\"%s\"/>\n", k, nc[k].name, gexf_type(nc[k].type)) < 0;
    bad |= fputs("    </attributes>\n    <attributes class=\"edge\">\n", f) < 0;
    for (size_t k = 0; k < ne; k++)
        bad |= fprintf(f, "      <attribute id=\"e%zu\" title=\"%s\" type=\"%s\"/>\n", k, ec[k].name, gexf_type(ec[k].type)) < 0;
    bad |= fputs("    </attributes>\n    <nodes>\n", f) < 0;
    double maxpr = 0;
    for (size_t i = 0; i < c->n_nodes; i++)
        if (isfinite(net->metrics[i].pagerank) && net->metrics[i].pagerank > maxpr)
            maxpr = net->metrics[i].pagerank;
    for (size_t i = 0; i < c->n_nodes && !bad; i++) {
        const parley_node *n = &c->nodes[i];
        const parley_node_metrics *m = &net->metrics[i];
        bad |= fputs("      <node id=\"", f) < 0 || parley_xml_escape(f, n->id) < 0 || fputs("\" label=\"", f) < 0 ||
               parley_xml_escape(f, n->label) < 0 || fputs("\"", f) < 0;
        if (parley_table_full_date(n->first_seen) && parley_table_full_date(n->last_seen))
            bad |= fprintf(f, " start=\"%s\" end=\"%s\"", n->first_seen, n->last_seen) < 0;
        bad |= fputs(">\n", f) < 0;
        if ((rc = write_attvalues(f, net, i, true)) < 0)
            return rc;
        const unsigned char *col = type_colours[n->type >= 0 && n->type <= 4 ? n->type : 0];
        double size = 4.0 + (maxpr > 0 && isfinite(m->pagerank) ? 36.0 * m->pagerank / maxpr : 0);
        bad |= fprintf(f, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n        <viz:size value=\"%.4f\"/>\n", col[0],
                       col[1], col[2], size) < 0;
        if (isfinite(m->x) && isfinite(m->y))
            bad |= fprintf(f, "        <viz:position x=\"%.4f\" y=\"%.4f\" z=\"0.0\"/>\n", m->x * 20, m->y * 20) < 0;
        bad |= fputs("      </node>\n", f) < 0;
    }
    bad |= fputs("    </nodes>\n    <edges>\n", f) < 0;
    for (size_t i = 0; i < net->n_edges && !bad; i++) {
        const parley_edge *e = &net->edges[i];
        /* every edge undirected, as in the GraphML: a mixed graph is one networkx cannot read
         * (the kind says what an edge is; an affiliation or participation runs from a person or
         * country to the body or exercise by the types of its ends) */
        bad |= fprintf(f, "      <edge id=\"e%zu\" source=\"", i) < 0 || parley_xml_escape(f, c->nodes[e->from].id) < 0 ||
               fputs("\" target=\"", f) < 0 || parley_xml_escape(f, c->nodes[e->to].id) < 0 ||
               fprintf(f, "\" type=\"undirected\" kind=\"%s\" weight=\"1.0\">\n", parley_edge_type_name(e->type)) < 0;
        char s[11], en[11];
        if (e->event >= 0 && date_interval(c->events[e->event].date, s, en))
            bad |= fprintf(f, "        <spells>\n          <spell start=\"%s\" end=\"%s\"/>\n        </spells>\n", s, en) < 0;
        if ((rc = write_attvalues(f, net, i, false)) < 0)
            return rc;
        bad |= fputs("      </edge>\n", f) < 0;
    }
    bad |= fputs("    </edges>\n  </graph>\n</gexf>\n", f) < 0;
    return bad ? PARLEY_EOUTPUT : 0;
}
