#include "progress.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void parley_progress_start(parley_progress *p, bool quiet, size_t total_bytes)
{
    memset(p, 0, sizeof(*p));
    p->enabled = !quiet && isatty(STDERR_FILENO);
    p->start = p->last = now();
    p->total_bytes = total_bytes;
}

void parley_progress_add(parley_progress *p, size_t bytes)
{
    p->docs++;
    p->bytes += bytes;
    if (!p->enabled)
        return;
    double t = now();
    if (t - p->start < 1.0 || t - p->last < 0.2)
        return;
    p->last = t;
    double el = t - p->start, rate = (double)p->bytes / el;
    char left[32] = "";
    if (p->total_bytes > p->bytes && rate > 0)
        snprintf(left, sizeof(left), ", %.0f s left", (double)(p->total_bytes - p->bytes) / rate);
    fprintf(stderr, "\r\033[Kparley: %zu documents, %.1f MB/s%s", p->docs, rate / 1e6, left);
    fflush(stderr);
    p->shown = true;
}

void parley_progress_end(parley_progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
}

static size_t measure(const char *path, int depth)
{
    struct stat sb;
    if (depth > 32 || stat(path, &sb) != 0)
        return 0;
    if (S_ISREG(sb.st_mode))
        return (size_t)sb.st_size;
    if (!S_ISDIR(sb.st_mode))
        return 0;
    DIR *d = opendir(path);
    if (!d)
        return 0;
    size_t total = 0;
    struct dirent *de;
    char buf[4096];
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        size_t l = strlen(de->d_name);
        snprintf(buf, sizeof(buf), "%s/%s", path, de->d_name);
        if (stat(buf, &sb) != 0)
            continue;
        if (S_ISDIR(sb.st_mode))
            total += measure(buf, depth + 1);
        else if ((l > 4 && !strcmp(de->d_name + l - 4, ".txt")) || (l > 6 && !strcmp(de->d_name + l - 6, ".jsonl")))
            total += (size_t)sb.st_size;
    }
    closedir(d);
    return total;
}

size_t parley_progress_measure(char **paths, size_t n)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(paths[i], "-") != 0)
            total += measure(paths[i], 0);
    return total;
}
