#include "report.h"
#include "xml.h"
#include "../src/error.h"
#include "../src/util.h"
#include "../src/map.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LABELS 40

static const char *const type_fill[] = {"#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00"};

static void esc(FILE *f, const char *s)
{
    parley_xml_escape(f, s ? s : "");
}

/* ---- the drawing -------------------------------------------------------------------------- */

typedef struct {
    double x0, y0, x1, y1;
} box;

static bool overlaps(const box *a, const box *b)
{
    return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}


/* Is node x ranked before node y (PageRank, then index)? */
static bool before(const parley_network *net, size_t x, size_t y)
{
    double px = net->metrics[x].pagerank, py = net->metrics[y].pagerank;
    if (!isfinite(px)) px = 0;
    if (!isfinite(py)) py = 0;
    return px != py ? px > py : x < y;
}

/* Merge sort of node indices by rank; no global state. O(n log n). */
static void sort_by_rank(const parley_network *net, size_t *a, size_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_by_rank(net, a, tmp, h);
    sort_by_rank(net, a + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = before(net, a[j], a[i]) ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof(size_t));
}

static int rank_nodes(const parley_network *net, size_t *idx, size_t n)
{
    size_t *tmp = malloc((n ? n : 1) * sizeof(size_t));
    if (!tmp)
        return PARLEY_ENOMEM;
    sort_by_rank(net, idx, tmp, n);
    free(tmp);
    return 0;
}

static int draw(FILE *f, const parley_network *net, size_t *drawn)
{
    const parley_corpus *c = net->corpus;
    size_t n = c->n_nodes;
    const double W = 1000, H = 680, M = 40;
    double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY, maxpr = 0;
    for (size_t i = 0; i < n; i++) {
        const parley_node_metrics *m = &net->metrics[i];
        if (!isfinite(m->x) || !isfinite(m->y))
            continue;
        minx = fmin(minx, m->x), maxx = fmax(maxx, m->x), miny = fmin(miny, m->y), maxy = fmax(maxy, m->y);
        if (isfinite(m->pagerank))
            maxpr = fmax(maxpr, m->pagerank);
    }
    double sx = maxx > minx ? (W - 2 * M) / (maxx - minx) : 1, sy = maxy > miny ? (H - 2 * M) / (maxy - miny) : 1;
    double *X = malloc((n ? n : 1) * sizeof(double)), *Y = malloc((n ? n : 1) * sizeof(double)),
           *R = malloc((n ? n : 1) * sizeof(double));
    size_t *order = malloc((n ? n : 1) * sizeof(size_t));
    int *pair_count = NULL;
    if (!X || !Y || !R || !order) {
        free(X), free(Y), free(R), free(order);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const parley_node_metrics *m = &net->metrics[i];
        X[i] = isfinite(m->x) ? M + (m->x - minx) * sx : W / 2;
        Y[i] = isfinite(m->y) ? M + (m->y - miny) * sy : H / 2;
        double pr = isfinite(m->pagerank) && maxpr > 0 ? m->pagerank / maxpr : 0;
        R[i] = (n > 300 ? 1.5 : 3) + (n > 300 ? 8 : 14) * sqrt(pr);
        order[i] = i;
    }
    int bad = fprintf(f, "<svg id=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                         "role=\"img\" aria-label=\"who met whom\">\n", W, H) < 0;
    /* edges: one line per pair and type, meetings thickened by count, the rest thin */
    parley_map pairs = {0};
    for (size_t e = 0; e < net->n_edges; e++) {
        const parley_edge *ed = &net->edges[e];
        char pk[64];
        int pl = snprintf(pk, sizeof(pk), "%d|%d|%d", ed->type, ed->from < ed->to ? ed->from : ed->to,
                          ed->from < ed->to ? ed->to : ed->from);
        int64_t v = 0;
        if (!parley_map_get(&pairs, pk, (size_t)pl, &v))
            v = 0;
        if (parley_map_put(&pairs, pk, (size_t)pl, v + 1) < 0)
            bad = 1;
    }
    for (size_t e = 0; e < net->n_edges && !bad; e++) {
        const parley_edge *ed = &net->edges[e];
        char pk[64];
        int pl = snprintf(pk, sizeof(pk), "%d|%d|%d", ed->type, ed->from < ed->to ? ed->from : ed->to,
                          ed->from < ed->to ? ed->to : ed->from);
        int64_t v = 0;
        if (!parley_map_get(&pairs, pk, (size_t)pl, &v) || v <= 0)
            continue;     /* drawn already */
        int count = (int)v;
        parley_map_put(&pairs, pk, (size_t)pl, -1);
        bool meet = ed->type == PARLEY_EDGE_MEETING;
        bad |= fprintf(f, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\" "
                          "stroke-opacity=\"%s\"/>\n", parley_edge_type_name(ed->type), X[ed->from], Y[ed->from], X[ed->to],
                       Y[ed->to], meet ? "#555" : "#bbb", meet ? 1.0 + 1.5 * count : 0.6, meet ? "0.8" : "0.5") < 0;
    }
    parley_map_free(&pairs);
    /* nodes, biggest last so that they stay on top */
    if (rank_nodes(net, order, n) < 0) {
        free(X), free(Y), free(R), free(order);
        return PARLEY_ENOMEM;
    }
    for (size_t k = n; k-- > 0 && !bad;) {
        size_t i = order[k];
        const parley_node *nd = &c->nodes[i];
        bad |= fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.8\" "
                          "data-id=\"", X[i], Y[i], R[i], type_fill[nd->type >= 0 && nd->type <= 4 ? nd->type : 0]) < 0;
        esc(f, nd->id);
        bad |= fputs("\"><title>", f) < 0;
        esc(f, nd->label);
        bad |= fprintf(f, " (%s)</title></circle>\n", parley_entity_type_name(nd->type)) < 0;
    }
    /* labels: the top nodes only, never on top of each other */
    box placed[MAX_LABELS];
    size_t np = 0;
    for (size_t k = 0; k < n && np < MAX_LABELS && !bad; k++) {
        size_t i = order[k];
        const char *label = c->nodes[i].label;
        double w = 6.2 * (double)strlen(label), h = 12;
        box b = {X[i] + R[i] + 2, Y[i] - h / 2, X[i] + R[i] + 2 + w, Y[i] + h / 2};
        if (b.x1 > W) { /* near the right edge: the label goes to the left of its node */
            b.x1 = X[i] - R[i] - 2;
            b.x0 = b.x1 - w;
        }
        bool clash = false;
        for (size_t q = 0; q < np; q++)
            clash |= overlaps(&b, &placed[q]);
        if (clash)
            continue;
        placed[np++] = b;
        bad |= fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-family=\"sans-serif\" fill=\"#222\">", b.x0,
                       Y[i] + 4) < 0;
        esc(f, label);
        bad |= fputs("</text>\n", f) < 0;
    }
    bad |= fputs("</svg>\n", f) < 0;
    *drawn = n;
    free(X), free(Y), free(R), free(order), free(pair_count);
    return bad ? PARLEY_EOUTPUT : 0;
}

/* ---- tables --------------------------------------------------------------------------------- */

static void th(FILE *f, const char *const *cols, size_t n)
{
    fputs("<thead><tr>", f);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "<th scope=\"col\">%s</th>", cols[i]);
    fputs("</tr></thead>\n<tbody>\n", f);
}

static void num_cell(FILE *f, double v)
{
    if (isfinite(v))
        fprintf(f, "<td class=\"num\">%.4g</td>", v);
    else
        fputs("<td class=\"num\"></td>", f);
}

static void join_cell(FILE *f, const parley_stats_list *l)
{
    fputs("<td>", f);
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            fputs(", ", f);
        esc(f, l->items[i]);
    }
    fputs("</td>", f);
}

static const char *script =
    "<script>\n"
    "document.querySelectorAll('table.sortable').forEach(function (t) {\n"
    "  t.querySelectorAll('th').forEach(function (h, col) {\n"
    "    h.style.cursor = 'pointer'; h.title = 'sort';\n"
    "    h.addEventListener('click', function () {\n"
    "      var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);\n"
    "      var asc = h.getAttribute('data-dir') !== 'asc'; h.setAttribute('data-dir', asc ? 'asc' : 'desc');\n"
    "      rows.sort(function (a, b) {\n"
    "        var x = a.cells[col].textContent, y = b.cells[col].textContent;\n"
    "        var nx = parseFloat(x), ny = parseFloat(y);\n"
    "        var c = (!isNaN(nx) && !isNaN(ny) && /^[-0-9.e+]+$/.test(x) && /^[-0-9.e+]+$/.test(y)) ? nx - ny : x.localeCompare(y);\n"
    "        return asc ? c : -c;\n"
    "      });\n"
    "      rows.forEach(function (r) { body.appendChild(r); });\n"
    "    });\n"
    "  });\n"
    "});\n"
    "</script>\n";

static const char *style =
    "<style>\n"
    "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}\n"
    "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}\n"
    "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:.25em .5em;"
    "text-align:left;vertical-align:top}th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "svg#network{width:100%;height:auto;border:1px solid #ddd;background:#fcfcfc}\n"
    ".legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:.8em;height:.8em;"
    "border-radius:50%;margin-right:.3em}\n"
    ".bar{fill:#377eb8}blockquote{margin:.3em 0 .8em 1em;color:#444}\n"
    "</style>\n";

static size_t count_type(const parley_corpus *c, int t)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_nodes; i++)
        n += c->nodes[i].type == t;
    return n;
}

int parley_report_html(FILE *f, const parley_network *net, const parley_stats *stats, const parley_report_info *info)
{
    const parley_corpus *c = net->corpus;
    size_t drawn = 0;
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
          "script-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>parley report: who met whom</title>\n",
          f);
    fputs(style, f);
    fputs("</head>\n<body>\n<h1>Who met whom</h1>\n", f);
    /* summary */
    fprintf(f, "<section id=\"summary\"><h2>Corpus</h2>\n<p>%zu documents", info->documents);
    if (c->first_date[0])
        fprintf(f, ", published from %s to %s", c->first_date, c->last_date);
    fprintf(f, ". %zu meetings (%zu without a full date).</p>\n", stats->meetings, stats->undated_meetings);
    fputs("<table><thead><tr><th>entities</th><th>count</th></tr></thead><tbody>\n", f);
    for (int t = 0; t <= PARLEY_ENTITY_EXERCISE; t++)
        fprintf(f, "<tr><td>%s</td><td class=\"num\">%zu</td></tr>\n", parley_entity_type_name(t), count_type(c, t));
    fputs("</tbody></table>\n", f);
    if (info->warnings || info->errors)
        fprintf(f, "<p class=\"warn\">%zu warnings and %zu unreadable inputs while reading (see the run's messages).</p>\n",
                info->warnings, info->errors);
    fputs("</section>\n", f);
    /* network */
    fputs("<section id=\"graph\"><h2>The network</h2>\n<p class=\"legend\">", f);
    for (int t = 0; t <= PARLEY_ENTITY_EXERCISE; t++)
        fprintf(f, "<span><i style=\"background:%s\"></i>%s</span>", type_fill[t], parley_entity_type_name(t));
    fputs(" — size: PageRank; thick lines: meetings.</p>\n", f);
    int rc = draw(f, net, &drawn);
    if (rc < 0)
        return rc;
    fputs("</section>\n", f);
    /* rankings */
    fputs("<section id=\"rankings\"><h2>Who is central</h2>\n", f);
    if (net->sources_projection > 0)
        fprintf(f, "<p class=\"note\">Betweenness is estimated from %ld sampled sources (the graph is too large "
                   "for the exact O(V·E) computation).</p>\n", net->sources_projection);
    fputs("<table class=\"sortable\" id=\"ranking\">", f);
    static const char *const rcols[] = {"person", "country", "title", "meetings", "counterparts", "PageRank",
                                        "betweenness", "degree"};
    th(f, rcols, 8);
    size_t *idx = malloc((c->n_nodes ? c->n_nodes : 1) * sizeof(size_t));
    size_t k = 0;
    if (!idx)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < c->n_nodes; i++)
        if (c->nodes[i].type == PARLEY_ENTITY_PERSON)
            idx[k++] = i;
    if (rank_nodes(net, idx, k) < 0) {
        free(idx);
        return PARLEY_ENOMEM;
    }
    for (size_t q = 0; q < k && q < 100; q++) {
        const parley_node *nd = &c->nodes[idx[q]];
        const parley_node_metrics *m = &net->metrics[idx[q]];
        fputs("<tr><td>", f);
        esc(f, nd->label);
        fputs("</td><td>", f);
        esc(f, nd->country);
        fputs("</td><td>", f);
        esc(f, nd->title);
        fputs("</td>", f);
        num_cell(f, m->m_strength);
        num_cell(f, m->m_degree);
        num_cell(f, m->m_pagerank);
        num_cell(f, m->m_betweenness);
        num_cell(f, m->degree);
        fputs("</tr>\n", f);
    }
    free(idx);
    fputs("</tbody></table></section>\n", f);
    /* who met whom */
    fputs("<section id=\"pairs\"><h2>Who met whom</h2>\n<table class=\"sortable\" id=\"meetings\">", f);
    static const char *const pcols[] = {"person", "met", "meetings", "first", "last", "places", "sources"};
    th(f, pcols, 7);
    for (size_t i = 0; i < stats->n_pairs && i < 5000; i++) {   /* the full table is in stats.json */
        const parley_stats_pair *r = &stats->pairs[i];
        fputs("<tr><td>", f);
        esc(f, r->a_label);
        fputs("</td><td>", f);
        esc(f, r->b_label);
        fprintf(f, "</td><td class=\"num\">%zu</td><td>%s</td><td>%s</td>", r->meetings, r->first, r->last);
        join_cell(f, &r->places);
        fputs("<td>", f);
        for (size_t q = 0; q < r->sources.n; q++) {
            fputs(q ? ", <a href=\"#doc-" : "<a href=\"#doc-", f);
            esc(f, r->sources.items[q]);
            fputs("\">", f);
            esc(f, r->sources.items[q]);
            fputs("</a>", f);
        }
        fputs("</td></tr>\n", f);
    }
    fputs("</tbody></table></section>\n", f);
    /* timeline */
    fputs("<section id=\"timeline\"><h2>Meetings by month</h2>\n", f);
    const parley_stats_month *tl = stats->timeline;
    size_t nt = stats->n_timeline;
    size_t maxm = 1;
    for (size_t i = 0; i < nt; i++)
        if (tl[i].meetings > maxm)
            maxm = tl[i].meetings;
    if (nt) {
        double bw = nt > 60 ? 900.0 / (double)nt : 15;
        fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f 130\" width=\"%.0f\" height=\"130\" "
                   "aria-label=\"timeline\">\n", bw * (double)nt + 10, bw * (double)nt + 10);
        for (size_t i = 0; i < nt; i++) {
            double h = 100.0 * (double)tl[i].meetings / (double)maxm;
            fprintf(f, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %zu</title></rect>\n",
                    5 + bw * (double)i, 110 - h, bw * 0.8, h, tl[i].month, tl[i].meetings);
        }
        fputs("</svg>\n", f);
    }
    fputs("<table class=\"sortable\" id=\"months\">", f);
    static const char *const tcols[] = {"month", "meetings"};
    th(f, tcols, 2);
    for (size_t i = 0; i < nt; i++)
        fprintf(f, "<tr><td>%s</td><td class=\"num\">%zu</td></tr>\n", tl[i].month, tl[i].meetings);
    fputs("</tbody></table></section>\n", f);
    /* country pairs */
    fputs("<section id=\"countries\"><h2>Meetings between countries' officials, by year</h2>\n"
          "<table class=\"sortable\" id=\"country-pairs\">", f);
    static const char *const ccols[] = {"country", "country", "year", "meetings"};
    th(f, ccols, 4);
    for (size_t i = 0; i < stats->n_country_pairs; i++) {
        const parley_stats_country_pair *r = &stats->country_pairs[i];
        fputs("<tr><td>", f);
        esc(f, r->a);
        fputs("</td><td>", f);
        esc(f, r->b);
        fprintf(f, "</td><td>%s</td><td class=\"num\">%zu</td></tr>\n", r->year, r->meetings);
    }
    fputs("</tbody></table></section>\n", f);
    /* evidence: the sentences of the meetings, under their documents (at most 5000) */
    fputs("<section id=\"evidence\"><h2>Evidence</h2>\n", f);
    parley_map seen_docs = {0};
    size_t shown = 0;
    for (size_t e = 0; e < c->n_events && shown < 5000; e++) {
        const parley_corpus_event *ev = &c->events[e];
        if (ev->type != PARLEY_EVENT_MEETING || !parley_network_event_in(net, e))
            continue;
        for (size_t q = 0; q < ev->n_sources && shown < 5000; q++, shown++) {
            const char *doc = ev->sources[q].doc;
            int64_t v;
            if (!parley_map_get(&seen_docs, doc, strlen(doc), &v)) {
                parley_map_put(&seen_docs, doc, strlen(doc), 1);
                fputs("<h3 id=\"doc-", f);
                esc(f, doc);
                fputs("\">", f);
                esc(f, doc);
                fputs("</h3>\n", f);
            }
            fputs("<blockquote>", f);
            esc(f, ev->sources[q].sentence);
            fputs(" <small>(", f);
            esc(f, doc);
            fputs(")</small></blockquote>\n", f);
        }
    }
    parley_map_free(&seen_docs);
    fputs("</section>\n", f);
    fprintf(f, "<footer><p>Made by parley. %zu nodes drawn.</p></footer>\n", drawn);
    fputs(script, f);
    fputs("</body>\n</html>\n", f);
    return ferror(f) ? PARLEY_EOUTPUT : 0;
}

static void md(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '|')
            fputs("\\|", f);
        else if (*s == '\n' || *s == '\r')
            fputc(' ', f);
        else
            fputc(*s, f);
    }
}

/* A list as one Markdown cell's text: items joined by ", ". */
static void md_join(FILE *f, const parley_stats_list *l)
{
    for (size_t q = 0; q < l->n; q++) {
        if (q)
            fputs(", ", f);
        md(f, l->items[q]);
    }
}

int parley_report_markdown(FILE *f, const parley_network *net, const parley_stats *stats, const parley_report_info *info)
{
    const parley_corpus *c = net->corpus;
    fprintf(f, "# Who met whom\n\n%zu documents", info->documents);
    if (c->first_date[0])
        fprintf(f, ", published from %s to %s", c->first_date, c->last_date);
    fprintf(f, "; %zu meetings (%zu without a full date); %zu warnings, %zu unreadable inputs.\n\n",
            stats->meetings, stats->undated_meetings, info->warnings, info->errors);
    fputs("| entities | count |\n| --- | ---: |\n", f);
    for (int t = 0; t <= PARLEY_ENTITY_EXERCISE; t++)
        fprintf(f, "| %s | %zu |\n", parley_entity_type_name(t), count_type(c, t));
    fputs("\n## Who is central\n\n", f);
    if (net->sources_projection > 0)
        fprintf(f, "Betweenness is estimated from %ld sampled sources (the graph is too large for the exact "
                   "O(V·E) computation).\n\n", net->sources_projection);
    fputs("| person | country | meetings | PageRank | betweenness | degree |\n"
          "| --- | --- | ---: | ---: | ---: | ---: |\n", f);
    size_t *idx = malloc((c->n_nodes ? c->n_nodes : 1) * sizeof(size_t));
    size_t k = 0;
    if (!idx)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < c->n_nodes; i++)
        if (c->nodes[i].type == PARLEY_ENTITY_PERSON)
            idx[k++] = i;
    if (rank_nodes(net, idx, k) < 0) {
        free(idx);
        return PARLEY_ENOMEM;
    }
    for (size_t q = 0; q < k && q < 50; q++) {
        const parley_node_metrics *m = &net->metrics[idx[q]];
        fputs("| ", f);
        md(f, c->nodes[idx[q]].label);
        fputs(" | ", f);
        md(f, c->nodes[idx[q]].country ? c->nodes[idx[q]].country : "");
        fprintf(f, " | %.0f | %.4g | %.4g | %.0f |\n", isfinite(m->m_strength) ? m->m_strength : 0, m->m_pagerank,
                m->m_betweenness, m->degree);
    }
    free(idx);
    fputs("\n## Who met whom\n\n| person | met | meetings | first | last | places | sources |\n"
          "| --- | --- | ---: | --- | --- | --- | --- |\n", f);
    for (size_t i = 0; i < stats->n_pairs; i++) {
        const parley_stats_pair *r = &stats->pairs[i];
        fputs("| ", f);
        md(f, r->a_label);
        fputs(" | ", f);
        md(f, r->b_label);
        fprintf(f, " | %zu | %s | %s | ", r->meetings, r->first, r->last);
        md_join(f, &r->places);
        fputs(" | ", f);
        md_join(f, &r->sources);
        fputs(" |\n", f);
    }
    fputs("\n## Meetings by month\n\n| month | meetings |\n| --- | ---: |\n", f);
    for (size_t i = 0; i < stats->n_timeline; i++)
        fprintf(f, "| %s | %zu |\n", stats->timeline[i].month, stats->timeline[i].meetings);
    fputs("\n## Meetings between countries' officials, by year\n\n| country | country | year | meetings |\n"
          "| --- | --- | --- | ---: |\n", f);
    for (size_t i = 0; i < stats->n_country_pairs; i++) {
        const parley_stats_country_pair *r = &stats->country_pairs[i];
        fputs("| ", f);
        md(f, r->a);
        fputs(" | ", f);
        md(f, r->b);
        fprintf(f, " | %s | %zu |\n", r->year, r->meetings);
    }
    return ferror(f) ? PARLEY_EOUTPUT : 0;
}
