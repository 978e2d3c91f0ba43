#!/usr/bin/env python3
"""Write N synthetic news articles about officials meeting, as JSON Lines, and what was planted.

Usage: gen_corpus.py N OUT.jsonl PLANTED.json [--seed S]

Articles mix the styles of real defence-news reports: meetings (several phrasings), agreements,
phone calls, planned visits, quotes and filler, bylines and site clutter. People get names made up
from syllables; countries and cities come from parley's lexicons (data/). The same seed gives the
same corpus. PLANTED.json lists every meeting that actually happened (pairs, date, place), so a
benchmark can measure how much of it parley recovers.
"""
import argparse, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

SYL = ["ka", "ri", "mo", "ta", "le", "vo", "shi", "na", "gu", "ber", "dan", "zak", "ir", "ol", "sa", "ven",
       "lu", "mar", "ko", "het", "ran", "di", "em", "pa", "go", "tur", "bek", "al", "no", "vi", "za", "sen"]
TITLES = ["Defense Minister", "Foreign Minister", "Prime Minister", "Chief of General Staff", "Interior Minister",
          "Speaker of Parliament", "Minister of Defense", "Deputy Prime Minister"]


def load_countries():
    out = []
    for line in open(os.path.join(DATA, "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        dem = [d for d in (f[2].split("|") if len(f) > 2 else []) if d]
        if dem:
            out.append((f[0], dem[0]))
    return out


def load_cities():
    out = {}
    for line in open(os.path.join(DATA, "places.tsv"), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3 and f[1] == "city" and f[2]:
            out.setdefault(f[2], []).append(f[0])
    return out


def name(rng):
    def word():
        w = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))
        return w.capitalize()
    return word() + " " + word() + rng.choice(["ov", "ashvili", "yan", "son", "ez", "i", ""])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("planted")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    countries = load_countries()
    cities = load_cities()
    # a population of officials, each with a country and a title
    people = []
    n_people = max(50, a.n // 5)
    seen = set()
    while len(people) < n_people:
        nm = name(rng)
        if nm in seen:
            continue
        seen.add(nm)
        c = rng.choice(countries)
        people.append({"name": nm, "country": c[0], "demonym": c[1], "title": rng.choice(TITLES)})
    planted = []
    with open(a.out, "w", encoding="utf-8") as out:
        for i in range(a.n):
            year = rng.randint(2015, 2024)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            pub = "%04d-%02d-%02d" % (year, month, day)
            x, y = rng.sample(people, 2)
            while y["country"] == x["country"]:
                y = rng.choice(people)
            host = rng.choice([x, y])
            guest = y if host is x else x
            place = rng.choice(cities.get(host["country"], [host["country"]]))
            mday = max(1, day - rng.randint(0, 3))
            mdate = "%04d-%02d-%02d" % (year, month, mday)
            when = "on %s %d" % (MONTHS[month - 1], mday)
            style = rng.randrange(6)
            body = []
            if style == 0:
                body.append("%s %s %s met with his %s counterpart %s in %s %s." % (
                    x["demonym"], x["title"], x["name"], y["demonym"], y["name"], place, when))
            elif style == 1:
                body.append("%s %s %s received %s %s %s, who is on an official visit to %s, %s." % (
                    host["demonym"], host["title"], host["name"], guest["demonym"], guest["title"], guest["name"],
                    place, when))
            elif style == 2:
                body.append("%s %s %s and %s %s %s held talks in %s %s." % (
                    x["demonym"], x["title"], x["name"], y["demonym"], y["title"], y["name"], place, when))
            elif style == 3:
                body.append("%s %s %s and his %s counterpart %s have signed a memorandum of understanding "
                            "on defence cooperation in %s %s." % (x["demonym"], x["title"], x["name"], y["demonym"],
                                                                   y["name"], place, when))
            elif style == 4:
                body.append("A meeting between %s %s %s and %s %s %s was held in %s %s." % (
                    x["demonym"], x["title"], x["name"], y["demonym"], y["title"], y["name"], place, when))
            else:
                body.append("%s %s %s hosted %s %s %s in %s %s." % (
                    host["demonym"], host["title"], host["name"], guest["demonym"], guest["title"], guest["name"],
                    place, when))
            planted.append({"doc": "g%07d" % i, "a": x["name"], "b": y["name"], "date": mdate, "place": place})
            body.append("During the meeting, the sides discussed regional security and bilateral cooperation "
                        "in the military sphere, as well as other issues of mutual interest.")
            # distractors that are not meetings
            z = rng.choice(people)
            if z is not x and z is not y and rng.random() < 0.5:
                body.append("Later, %s had a phone conversation with %s %s %s." % (x["name"].split()[-1], z["demonym"],
                                                                                   z["title"], z["name"]))
            if rng.random() < 0.4:
                body.append("%s %s is expected to visit %s next month." % (y["title"], y["name"].split()[-1],
                                                                           rng.choice(countries)[0]))
            body.append("\u201cWe are committed to strengthening our partnership,\u201d %s said." %
                        x["name"].split()[-1])
            for _ in range(rng.randint(1, 4)):
                body.append(rng.choice([
                    "The parties stressed the importance of peace and stability in the region.",
                    "The sides exchanged views on the prospects for cooperation in the fields of military "
                    "education and military medicine.",
                    "It was noted that joint exercises contribute to the development of friendly relations.",
                    "The officials also discussed the implementation of earlier agreements.",
                ]))
            text = "By %s\n\n%s\n\nFollow us on Twitter @news\n" % (name(rng), "\n\n".join(body))
            out.write(json.dumps({"id": "g%07d" % i, "text": text, "date": pub, "source": "bench"}) + "\n")
    json.dump(planted, open(a.planted, "w"))


if __name__ == "__main__":
    main()
