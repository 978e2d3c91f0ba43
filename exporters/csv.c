#include "csv.h"
#include "output.h"
#include "table.h"
#include "../src/error.h"
#include "../src/util.h"

#include <string.h>

int parley_csv_cell(FILE *f, const char *s)
{
    if (!s)
        return 0;
    bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
    bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
    if (quote && fputc('"', f) == EOF)
        return -1;
    if (formula && fputc('\'', f) == EOF)
        return -1;
    /* runs up to and including each quote, which is then written once more */
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, "\"");
        if (p[n] == '"')
            n++;
        if (fwrite(p, 1, n, f) != n || (p[n - 1] == '"' && fputc('"', f) == EOF))
            return -1;
        p += n;
    }
    if (quote && fputc('"', f) == EOF)
        return -1;
    return 0;
}

/* A value as CSV text, lists joined by ';'. */
static int write_value(FILE *f, parley_col_type t, const parley_value *v)
{
    if (v->null)
        return 0;
    char buf[64];
    switch (t) {
    case PARLEY_COL_INT: snprintf(buf, sizeof(buf), "%lld", v->i); return fputs(buf, f) < 0 ? -1 : 0;
    case PARLEY_COL_DOUBLE: snprintf(buf, sizeof(buf), "%.10g", v->d); return fputs(buf, f) < 0 ? -1 : 0;
    case PARLEY_COL_BOOL: return fputs(v->b ? "true" : "false", f) < 0 ? -1 : 0;
    case PARLEY_COL_LIST: {
        parley_buf b = {0};
        for (size_t k = 0; k < v->n_items; k++) {
            if (k)
                parley_buf_putc(&b, ';');
            parley_buf_puts(&b, v->items[k]);
        }
        int rc = b.data ? parley_csv_cell(f, b.data) : 0;
        parley_buf_free(&b);
        return rc;
    }
    default: return parley_csv_cell(f, v->s);
    }
}

int parley_csv_gephi_nodes(FILE *f, const parley_network *net)
{
    const parley_column *cols;
    size_t n = parley_table_node_columns(&cols);
    int bad = fputs("Id,Label", f) < 0;
    for (size_t k = 1; k < n; k++)
        bad |= fprintf(f, ",%s", cols[k].name) < 0;
    bad |= fputs("\r\n", f) < 0;
    for (size_t i = 0; i < net->corpus->n_nodes && !bad; i++) {
        bad |= parley_csv_cell(f, net->corpus->nodes[i].id) < 0;
        for (size_t k = 0; k < n && !bad; k++) {
            parley_value v;
            if (parley_table_node_value(net, i, k, &v) < 0)
                return PARLEY_ENOMEM;
            bad |= fputc(',', f) == EOF || write_value(f, cols[k].type, &v) < 0;
            parley_value_clear(&v);
        }
        bad |= fputs("\r\n", f) < 0;
    }
    return bad ? PARLEY_EOUTPUT : 0;
}

static void timeset(char *out, size_t n, const char *date)
{
    out[0] = '\0';
    if (parley_table_full_date(date))
        snprintf(out, n, "<[%s, %s]>", date, date);
}

int parley_csv_gephi_edges(FILE *f, const parley_network *net)
{
    const parley_column *cols;
    size_t n = parley_table_edge_columns(&cols);
    int bad = fputs("Source,Target,Type,Kind,Id,Label,Weight,Timeset", f) < 0;
    for (size_t k = 3; k < n; k++)
        bad |= fprintf(f, ",%s", cols[k].name) < 0;
    bad |= fputs("\r\n", f) < 0;
    const parley_corpus *c = net->corpus;
    for (size_t i = 0; i < net->n_edges && !bad; i++) {
        const parley_edge *e = &net->edges[i];
        bool directed = e->type == PARLEY_EDGE_AFFILIATION || e->type == PARLEY_EDGE_PARTICIPATION;
        char id[32], ts[64];
        snprintf(id, sizeof(id), "e%zu", i);
        timeset(ts, sizeof(ts), e->event >= 0 ? c->events[e->event].date : NULL);
        parley_value label;
        if (parley_table_edge_value(net, i, 1, &label) < 0)
            return PARLEY_ENOMEM;
        bad |= parley_csv_cell(f, c->nodes[e->from].id) < 0 || fputc(',', f) == EOF ||
               parley_csv_cell(f, c->nodes[e->to].id) < 0 ||
               fprintf(f, ",%s,%s,%s,", directed ? "Directed" : "Undirected", parley_edge_type_name(e->type), id) < 0 ||
               parley_csv_cell(f, label.s) < 0 || fputs(",1,", f) < 0 || parley_csv_cell(f, ts) < 0;
        parley_value_clear(&label);
        for (size_t k = 3; k < n && !bad; k++) {
            parley_value v;
            if (parley_table_edge_value(net, i, k, &v) < 0)
                return PARLEY_ENOMEM;
            bad |= fputc(',', f) == EOF || write_value(f, cols[k].type, &v) < 0;
            parley_value_clear(&v);
        }
        bad |= fputs("\r\n", f) < 0;
    }
    return bad ? PARLEY_EOUTPUT : 0;
}

/* ---- Neo4j -------------------------------------------------------------------------- */

static const char *const labels[] = {"Person", "Country", "Location", "Organization", "Exercise"};
static const char *const rel_types[] = {"MET", "SIGNED_WITH", "AFFILIATED_WITH", "TOOK_PART_IN"};

static const char *neo_type(parley_col_type t)
{
    switch (t) {
    case PARLEY_COL_INT: return "int";
    case PARLEY_COL_DOUBLE: return "double";
    case PARLEY_COL_BOOL: return "boolean";
    case PARLEY_COL_DATE: return "date";
    case PARLEY_COL_LIST: return "string[]";
    default: return "string";
    }
}

/* Neo4j dates must be full dates: a partial date goes to a text column instead. */
static int neo_value(FILE *f, parley_col_type t, const parley_value *v)
{
    if (t == PARLEY_COL_DATE)
        return !v->null && parley_table_full_date(v->s) ? (fputs(v->s, f) < 0 ? -1 : 0) : 0;
    return write_value(f, t, v);
}

static int neo_path(char *buf, size_t n, const char *dir, const char *name)
{
    return snprintf(buf, n, "%s/%s", dir, name) >= (int)n ? -1 : 0;
}

int parley_csv_neo4j(const char *dir, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    const parley_column *nc, *ec;
    size_t nn = parley_table_node_columns(&nc), ne = parley_table_edge_columns(&ec);
    char path[4096], name[64];
    for (int t = 0; t < 5; t++) {
        snprintf(name, sizeof(name), "nodes_%s.csv", labels[t]);
        parley_output o;
        if (neo_path(path, sizeof(path), dir, name) < 0 || parley_output_open(&o, path) < 0)
            return PARLEY_EOUTPUT;
        int bad = fputs("id:ID", o.f) < 0;
        for (size_t k = 0; k < nn; k++)
            bad |= fprintf(o.f, ",%s:%s", nc[k].name, neo_type(nc[k].type)) < 0;
        bad |= fputs(",date_text:string,:LABEL\r\n", o.f) < 0;
        for (size_t i = 0; i < c->n_nodes && !bad; i++) {
            if (c->nodes[i].type != t)
                continue;
            bad |= parley_csv_cell(o.f, c->nodes[i].id) < 0;
            for (size_t k = 0; k < nn && !bad; k++) {
                parley_value v;
                if (parley_table_node_value(net, i, k, &v) < 0) {
                    parley_output_abort(&o);
                    return PARLEY_ENOMEM;
                }
                bad |= fputc(',', o.f) == EOF || neo_value(o.f, nc[k].type, &v) < 0;
                parley_value_clear(&v);
            }
            bad |= fprintf(o.f, ",,%s\r\n", labels[t]) < 0;
        }
        if (bad) {
            parley_output_abort(&o);
            return PARLEY_EOUTPUT;
        }
        if (parley_output_commit(&o) < 0)
            return PARLEY_EOUTPUT;
    }
    for (int t = 0; t < 4; t++) {
        snprintf(name, sizeof(name), "rels_%s.csv", rel_types[t]);
        parley_output o;
        if (neo_path(path, sizeof(path), dir, name) < 0 || parley_output_open(&o, path) < 0)
            return PARLEY_EOUTPUT;
        int bad = fputs(":START_ID,:END_ID,:TYPE,id:string", o.f) < 0;
        for (size_t k = 0; k < ne; k++)
            bad |= fprintf(o.f, ",%s:%s", ec[k].name, neo_type(ec[k].type)) < 0;
        bad |= fputs(",date_text:string\r\n", o.f) < 0;
        for (size_t i = 0; i < net->n_edges && !bad; i++) {
            const parley_edge *e = &net->edges[i];
            if (e->type != t)
                continue;
            bad |= parley_csv_cell(o.f, c->nodes[e->from].id) < 0 || fputc(',', o.f) == EOF ||
                   parley_csv_cell(o.f, c->nodes[e->to].id) < 0 || fprintf(o.f, ",%s,e%zu", rel_types[t], i) < 0;
            const char *date = e->event >= 0 ? c->events[e->event].date : NULL;
            for (size_t k = 0; k < ne && !bad; k++) {
                parley_value v;
                if (parley_table_edge_value(net, i, k, &v) < 0) {
                    parley_output_abort(&o);
                    return PARLEY_ENOMEM;
                }
                bad |= fputc(',', o.f) == EOF || neo_value(o.f, ec[k].type, &v) < 0;
                parley_value_clear(&v);
            }
            bad |= fputc(',', o.f) == EOF || parley_csv_cell(o.f, date && *date ? date : NULL) < 0 || fputs("\r\n", o.f) < 0;
        }
        if (bad) {
            parley_output_abort(&o);
            return PARLEY_EOUTPUT;
        }
        if (parley_output_commit(&o) < 0)
            return PARLEY_EOUTPUT;
    }
    /* LOAD CSV for users without admin access */
    parley_output o;
    if (neo_path(path, sizeof(path), dir, "import.cypher") < 0 || parley_output_open(&o, path) < 0)
        return PARLEY_EOUTPUT;
    FILE *f = o.f;
    int bad = fputs("// parley: load with cypher-shell after copying the CSV files into Neo4j's import folder.\n"
                    "// Or, with admin access: neo4j-admin database import full --nodes=nodes_Person.csv ... "
                    "--relationships=rels_MET.csv ...\n", f) < 0;
    for (int t = 0; t < 5; t++)
        bad |= fprintf(f, "CREATE CONSTRAINT IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE;\n", labels[t]) < 0;
    for (int t = 0; t < 5; t++) {
        bad |= fprintf(f, "LOAD CSV WITH HEADERS FROM 'file:///nodes_%s.csv' AS row\nCREATE (n:%s {id: row.`id:ID`", labels[t],
                       labels[t]) < 0;
        for (size_t k = 0; k < nn; k++) {
            const char *conv = nc[k].type == PARLEY_COL_INT ? "toInteger" : nc[k].type == PARLEY_COL_DOUBLE ? "toFloat"
                             : nc[k].type == PARLEY_COL_BOOL ? "toBoolean" : nc[k].type == PARLEY_COL_DATE ? "date" : "";
            if (nc[k].type == PARLEY_COL_LIST)
                bad |= fprintf(f, ", %s: split(row.`%s:%s`, ';')", nc[k].name, nc[k].name, neo_type(nc[k].type)) < 0;
            else
                bad |= fprintf(f, ", %s: %s(row.`%s:%s`)", nc[k].name, conv, nc[k].name, neo_type(nc[k].type)) < 0;
        }
        bad |= fputs("});\n", f) < 0;
    }
    for (int t = 0; t < 4; t++) {
        bad |= fprintf(f, "LOAD CSV WITH HEADERS FROM 'file:///rels_%s.csv' AS row\n"
                          "MATCH (a {id: row.`:START_ID`}), (b {id: row.`:END_ID`})\nCREATE (a)-[r:%s {id: row.`id:string`",
                       rel_types[t], rel_types[t]) < 0;
        for (size_t k = 0; k < ne; k++) {
            const char *conv = ec[k].type == PARLEY_COL_DOUBLE ? "toFloat" : ec[k].type == PARLEY_COL_DATE ? "date" : "";
            if (ec[k].type == PARLEY_COL_LIST)
                bad |= fprintf(f, ", %s: split(row.`%s:%s`, ';')", ec[k].name, ec[k].name, neo_type(ec[k].type)) < 0;
            else
                bad |= fprintf(f, ", %s: %s(row.`%s:%s`)", ec[k].name, conv, ec[k].name, neo_type(ec[k].type)) < 0;
        }
        bad |= fputs(", date_text: row.`date_text:string`}]->(b);\n", f) < 0;
    }
    if (bad) {
        parley_output_abort(&o);
        return PARLEY_EOUTPUT;
    }
    return parley_output_commit(&o);
}
