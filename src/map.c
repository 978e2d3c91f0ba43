#include "map.h"
#include "error.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct parley_map_slot {
    char *key;
    size_t len;
    uint64_t hash;
    int64_t value;
};

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

static struct parley_map_slot *find(struct parley_map_slot *slots, size_t cap, const char *key, size_t len, uint64_t h)
{
    size_t i = h & (cap - 1);
    while (slots[i].key) {
        if (slots[i].hash == h && slots[i].len == len && memcmp(slots[i].key, key, len) == 0)
            return &slots[i];
        i = (i + 1) & (cap - 1);
    }
    return &slots[i];
}

bool parley_map_get(const parley_map *m, const char *key, size_t len, int64_t *out)
{
    if (!m->cap)
        return false;
    struct parley_map_slot *s = find(m->slots, m->cap, key, len, hash_bytes(key, len));
    if (!s->key)
        return false;
    *out = s->value;
    return true;
}

int parley_map_put(parley_map *m, const char *key, size_t len, int64_t value)
{
    if ((m->count + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 16;
        struct parley_map_slot *ns = calloc(ncap, sizeof(*ns));
        if (!ns)
            return PARLEY_ENOMEM;
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key)
                *find(ns, ncap, m->slots[i].key, m->slots[i].len, m->slots[i].hash) = m->slots[i];
        free(m->slots);
        m->slots = ns;
        m->cap = ncap;
    }
    uint64_t h = hash_bytes(key, len);
    struct parley_map_slot *s = find(m->slots, m->cap, key, len, h);
    if (!s->key) {
        s->key = malloc(len + 1);
        if (!s->key)
            return PARLEY_ENOMEM;
        memcpy(s->key, key, len);
        s->key[len] = '\0';
        s->len = len;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return 0;
}

void parley_map_free(parley_map *m)
{
    for (size_t i = 0; i < m->cap && m->count; i++)
        if (m->slots[i].key) {
            free(m->slots[i].key);
            m->count--;
        }
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

int parley_lists_push(parley_lists *l, int64_t *head, int item)
{
    if (*head >= 0 && l->item[*head] == item)
        return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap;   /* both arrays grow together */
        if (PARLEY_GROW(l->item, cap, l->n + 1) < 0 || PARLEY_GROW(l->next, l->cap, l->n + 1) < 0)
            return PARLEY_ENOMEM;
    }
    l->item[l->n] = item;
    l->next[l->n] = (int32_t)*head;
    *head = (int64_t)l->n++;
    return 0;
}

int64_t parley_lists_head(const parley_map *m, const char *key, size_t len)
{
    int64_t head;
    return parley_map_get(m, key, len, &head) ? head : -1;
}

int parley_lists_add(parley_lists *l, parley_map *m, const char *key, size_t len, int item)
{
    int64_t head = parley_lists_head(m, key, len), was = head;
    if (parley_lists_push(l, &head, item) < 0)
        return PARLEY_ENOMEM;
    return head == was ? 0 : parley_map_put(m, key, len, head);
}

void parley_lists_free(parley_lists *l)
{
    free(l->item);
    free(l->next);
    memset(l, 0, sizeof(*l));
}
