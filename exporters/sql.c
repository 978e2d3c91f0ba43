#include "sql.h"
#include "table.h"
#include "../src/error.h"
#include "../src/util.h"

#include <math.h>
#include <string.h>

int parley_sql_literal(FILE *f, const char *s)
{
    if (!s)
        return fputs("NULL", f) < 0 ? -1 : 0;
    if (fputc('\'', f) == EOF)
        return -1;
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0, run = 0;   /* bytes [run, i) are written as they are */
    while (i < n) {
        if (p[i] < 0x80 && p[i] != '\'') {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, p + i, n - i);
        char enc[4];
        size_t l = parley_utf8_encode(enc, cp);
        if (cp != '\'' && l == k && memcmp(enc, p + i, k) == 0) {
            i += k;   /* well-formed: stays in the run */
            continue;
        }
        if (i > run && fwrite(p + run, 1, i - run, f) != i - run)
            return -1;
        if (cp == '\'' && fputc('\'', f) == EOF)
            return -1;
        if (fwrite(enc, 1, l, f) != l)
            return -1;
        i += k;
        run = i;
    }
    if (i > run && fwrite(p + run, 1, i - run, f) != i - run)
        return -1;
    return fputc('\'', f) == EOF ? -1 : 0;
}

static int date_lit(FILE *f, const char *d)
{
    return parley_table_full_date(d) ? (parley_sql_literal(f, d) < 0 || fputs("::date", f) < 0 ? -1 : 0) : (fputs("NULL", f) < 0 ? -1 : 0);
}

static int num(FILE *f, double d)
{
    return isfinite(d) ? (fprintf(f, "%.10g", d) < 0 ? -1 : 0) : (fputs("NULL", f) < 0 ? -1 : 0);
}

int parley_sql_write(FILE *f, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    int bad = 0;
    bad |= fputs("-- parley: the who-met-whom graph. Load with: psql -v ON_ERROR_STOP=1 -f graph.sql\n"
                 "BEGIN;\n"
                 "CREATE TABLE nodes (\n  id text PRIMARY KEY,\n  label text NOT NULL,\n  type text NOT NULL,\n"
                 "  country text,\n  title text,\n  mentions integer NOT NULL,\n  documents text[] NOT NULL,\n"
                 "  first_seen date,\n  last_seen date,\n  lat double precision,\n  lon double precision,\n"
                 "  degree double precision,\n  pagerank double precision,\n  betweenness double precision,\n"
                 "  core integer,\n  community integer,\n  meet_degree double precision,\n"
                 "  meet_strength double precision,\n  meet_betweenness double precision,\n"
                 "  meet_closeness double precision,\n  meet_pagerank double precision,\n  meet_community integer\n);\n"
                 "CREATE TABLE events (\n  id integer PRIMARY KEY,\n  type text NOT NULL,\n  status text NOT NULL,\n"
                 "  date date,\n  date_text text,\n  place text REFERENCES nodes(id),\n  name text\n);\n"
                 "CREATE TABLE event_participants (\n  event integer NOT NULL REFERENCES events(id),\n"
                 "  node text NOT NULL REFERENCES nodes(id),\n  PRIMARY KEY (event, node)\n);\n"
                 "CREATE TABLE sources (\n  event integer NOT NULL REFERENCES events(id),\n  doc text NOT NULL,\n"
                 "  sentence text NOT NULL,\n  start_byte integer NOT NULL,\n  end_byte integer NOT NULL,\n"
                 "  trigger text\n);\n"
                 "CREATE TABLE edges (\n  id text PRIMARY KEY,\n  source text NOT NULL REFERENCES nodes(id),\n"
                 "  target text NOT NULL REFERENCES nodes(id),\n  type text NOT NULL,\n"
                 "  event integer REFERENCES events(id),\n  title text,\n  weight double precision NOT NULL\n);\n"
                 "CREATE INDEX edges_source ON edges(source);\nCREATE INDEX edges_target ON edges(target);\n", f) < 0;
    for (size_t i = 0; i < c->n_nodes && !bad; i++) {
        const parley_node *n = &c->nodes[i];
        const parley_node_metrics *m = &net->metrics[i];
        bad |= fputs("INSERT INTO nodes VALUES (", f) < 0 || parley_sql_literal(f, n->id) < 0 || fputc(',', f) == EOF ||
               parley_sql_literal(f, n->label) < 0 || fputc(',', f) == EOF || parley_sql_literal(f, parley_entity_type_name(n->type)) < 0 ||
               fputc(',', f) == EOF || parley_sql_literal(f, n->country) < 0 || fputc(',', f) == EOF || parley_sql_literal(f, n->title) < 0 ||
               fprintf(f, ",%zu,ARRAY[", n->mentions) < 0;
        for (size_t k = 0; k < n->n_documents; k++)
            bad |= (k && fputc(',', f) == EOF) || parley_sql_literal(f, n->documents[k]) < 0;
        bad |= fputs("]::text[],", f) < 0 || date_lit(f, n->first_seen) < 0 || fputc(',', f) == EOF ||
               date_lit(f, n->last_seen) < 0 || fputc(',', f) == EOF || num(f, n->has_coords ? n->lat : NAN) < 0 ||
               fputc(',', f) == EOF || num(f, n->has_coords ? n->lon : NAN) < 0;
        double vals[] = {m->degree, m->pagerank, m->betweenness};
        for (int k = 0; k < 3; k++)
            bad |= fputc(',', f) == EOF || num(f, vals[k]) < 0;
        bad |= fprintf(f, ",%d,%d", m->core, m->community) < 0;
        double mv[] = {m->m_degree, m->m_strength, m->m_betweenness, m->m_closeness, m->m_pagerank};
        for (int k = 0; k < 5; k++)
            bad |= fputc(',', f) == EOF || num(f, mv[k]) < 0;
        bad |= (m->m_community >= 0 ? fprintf(f, ",%d);\n", m->m_community) : fprintf(f, ",NULL);\n")) < 0;
    }
    for (size_t e = 0; e < c->n_events && !bad; e++) {
        const parley_corpus_event *ev = &c->events[e];
        if (!parley_network_event_in(net, e))
            continue;
        bad |= fprintf(f, "INSERT INTO events VALUES (%zu,", e) < 0 || parley_sql_literal(f, parley_event_type_name(ev->type)) < 0 ||
               fputc(',', f) == EOF || parley_sql_literal(f, ev->status == PARLEY_STATUS_PLANNED ? "planned" : "occurred") < 0 ||
               fputc(',', f) == EOF || date_lit(f, ev->date) < 0 || fputc(',', f) == EOF ||
               parley_sql_literal(f, ev->date[0] ? ev->date : NULL) < 0 || fputc(',', f) == EOF ||
               parley_sql_literal(f, ev->place >= 0 ? c->nodes[ev->place].id : NULL) < 0 || fputc(',', f) == EOF ||
               parley_sql_literal(f, ev->name) < 0 || fputs(");\n", f) < 0;
        for (size_t k = 0; k < ev->n_participants && !bad; k++) {
            bool dup = false;
            for (size_t q = 0; q < k; q++)
                dup |= ev->participants[q] == ev->participants[k];
            if (!dup)
                bad |= fprintf(f, "INSERT INTO event_participants VALUES (%zu,", e) < 0 ||
                       parley_sql_literal(f, c->nodes[ev->participants[k]].id) < 0 || fputs(");\n", f) < 0;
        }
        for (size_t k = 0; k < ev->n_sources && !bad; k++)
            bad |= fprintf(f, "INSERT INTO sources VALUES (%zu,", e) < 0 || parley_sql_literal(f, ev->sources[k].doc) < 0 ||
                   fputc(',', f) == EOF || parley_sql_literal(f, ev->sources[k].sentence) < 0 ||
                   fprintf(f, ",%zu,%zu,", ev->sources[k].start, ev->sources[k].end) < 0 ||
                   parley_sql_literal(f, ev->sources[k].trigger) < 0 || fputs(");\n", f) < 0;
    }
    for (size_t i = 0; i < net->n_edges && !bad; i++) {
        const parley_edge *e = &net->edges[i];
        bad |= fprintf(f, "INSERT INTO edges VALUES ('e%zu',", i) < 0 || parley_sql_literal(f, c->nodes[e->from].id) < 0 ||
               fputc(',', f) == EOF || parley_sql_literal(f, c->nodes[e->to].id) < 0 || fputc(',', f) == EOF ||
               parley_sql_literal(f, parley_edge_type_name(e->type)) < 0 ||
               (e->event >= 0 ? fprintf(f, ",%d,", e->event) : fprintf(f, ",NULL,")) < 0 ||
               parley_sql_literal(f, e->event < 0 ? c->nodes[e->from].title : NULL) < 0 || fputs(",1);\n", f) < 0;
    }
    bad |= fputs("COMMIT;\n", f) < 0;
    return bad ? PARLEY_EOUTPUT : 0;
}
