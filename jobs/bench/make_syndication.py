#!/usr/bin/env python3
"""Generates syndicated copies of real article bodies, and hard negatives, for tuning and
measuring the stories stage (geotrends issue 12).

Input: JSON lines with title, body, published_at, url, publisher, language, as printed by
`java -jar jobs/target/geotrends-local.jar extract FILE...` (any article texts will do).
Output: JSON lines that `geotrends ingest` reads (url, title, text, published, publisher,
language), and a truth CSV: url, story (the url of the story's original), kind.

Every input article long enough becomes an original. Then:
  copy      0 to 6 per original, each with a random mix of the edits outlets make when they
            republish wire copy: a new dateline, a credit line, a cut paragraph, two paragraphs
            swapped, another headline, a trimmed ending, an inserted "read more" paragraph, a few
            words changed; another publisher and URL; published 5 minutes to 36 hours later.
  followup  a new story (sentences drawn one each from many other articles of the language,
            so that it shares little with any one of them) that reuses one or two background
            paragraphs of the original: a distinct original that must stay distinct.
  sibling   same topic, different story: the original's headline words and first sentence,
            then new text as above; may be published before the original.
Deterministic for a given --seed. Standard library only.
"""
import argparse
import csv
import datetime as dt
import json
import random
import re
import sys

CITIES = ["ANKARA", "MOSCOW", "TEHRAN", "DAMASCUS", "BEIRUT", "WASHINGTON", "BERLIN", "VIENNA",
          "PARIS", "LONDON", "ISTANBUL", "CAIRO", "BRUSSELS", "KYIV", "SYDNEY", "NEW DELHI"]
AGENCIES = ["AA", "Reuters", "AP", "AFP", "dpa", "TASS", "IRNA", "SANA", "APA", "EFE"]
CREDITS = ["© AFP", "© {year} Reuters", "Reporting by Jane Doe; Editing by John Roe",
           "(Additional reporting by Ana Lopez)", "dpa/AFP", "— AFP", "/AA/", "Source: TASS",
           "With agencies", "Copyright {year} The Associated Press. All rights reserved."]
READ_MORE = ["Read more: {title}", "Also read: {title}", "Mehr zum Thema: {title}",
             "Lire aussi: {title}", "RELATED: {title}"]
HEADLINE_PREFIXES = ["UPDATE 1-", "UPDATE 2-", "WRAPUP 1-", "", "", ""]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def paragraphs(body):
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def words(text):
    return re.findall(r"\w+", text)


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Generator:
    def __init__(self, articles, rng, max_copies):
        self.articles = articles
        self.rng = rng
        self.max_copies = max_copies
        self.sentences = {}  # language -> [(article index, sentence)]
        for i, a in enumerate(articles):
            for p in paragraphs(a["body"]):
                for s in SENTENCE.split(p):
                    if len(words(s)) >= 6:
                        self.sentences.setdefault(a["language"], []).append((i, s))
        self.outlet = 0

    def next_outlet(self):
        self.outlet += 1
        return f"Outlet {self.outlet % 60:02d}", f"https://outlet{self.outlet % 60:02d}.example"

    def collage(self, language, exclude, n_words):
        """New text: sentences of many other articles, at most one from each."""
        pool = [(i, s) for i, s in self.sentences.get(language, []) if i != exclude]
        if len(pool) < 20:
            pool = [(i, s) for lang in self.sentences for i, s in self.sentences[lang] if i != exclude]
        sources = len({i for i, _ in pool})
        used, out, count = set(), [], 0
        while count < n_words and len(used) < sources:
            i, s = self.rng.choice(pool)
            if i in used:
                continue
            used.add(i)
            out.append(s)
            count += len(words(s))
        # paragraphs of three sentences
        return ["  ".join(out[k:k + 3]).replace("  ", " ") for k in range(0, len(out), 3)]

    def copy(self, a, ps, t0, k):
        rng = self.rng
        ps = list(ps)
        edits = []
        if len(ps) >= 4 and rng.random() < 0.4:
            del ps[rng.randrange(1, len(ps))]
            edits.append("cut")
        if len(ps) >= 4 and rng.random() < 0.3:
            i = rng.randrange(1, len(ps) - 1)
            ps[i], ps[i + 1] = ps[i + 1], ps[i]
            edits.append("swap")
        if len(ps) >= 3 and rng.random() < 0.4:
            keep = max(2, round(len(ps) * rng.uniform(0.65, 0.85)))
            ps = ps[:keep]
            edits.append("trim")
        if rng.random() < 0.5:
            ps = [self.change_words(p, 0.02) for p in ps]
            edits.append("words")
        if rng.random() < 0.3 and len(ps) >= 2:
            other = self.articles[rng.randrange(len(self.articles))]["title"]
            ps.insert(rng.randrange(1, len(ps)), rng.choice(READ_MORE).format(title=other))
            edits.append("readmore")
        t = t0 + dt.timedelta(minutes=rng.randint(5, 36 * 60))
        if rng.random() < 0.6:
            city, agency = rng.choice(CITIES), rng.choice(AGENCIES)
            line = (f"{city} ({agency}) – " if rng.random() < 0.5
                    else f"{city}, {MONTHS[t.month - 1]} {t.day} ({agency}) - ")
            ps[0] = line + ps[0]
            edits.append("dateline")
        if rng.random() < 0.6:
            ps.append(rng.choice(CREDITS).format(year=t.year))
            edits.append("credit")
        title = a["title"]
        if rng.random() < 0.7:
            ws = title.split()
            if len(ws) > 4:
                cut = rng.randrange(len(ws) // 2, len(ws))
                ws = ws[:cut] + ws[cut + 1:]
            title = rng.choice(HEADLINE_PREFIXES) + " ".join(ws)
            edits.append("headline")
        publisher, site = self.next_outlet()
        return {"url": f"{site}/wire/{k}", "title": title, "text": "\n\n".join(ps),
                "published": iso(t), "publisher": publisher, "language": a["language"]}, edits

    def change_words(self, p, share):
        ws = p.split(" ")
        for _ in range(max(0, round(len(ws) * share))):
            i = self.rng.randrange(len(ws))
            ws[i] = ws[i].upper() if self.rng.random() < 0.5 else ws[i] + "s"
        return " ".join(ws)

    def followup(self, i, a, ps, t0, k):
        rng = self.rng
        n = len(words(a["body"]))
        background = rng.sample(ps, min(len(ps), 1 if rng.random() < 0.6 else 2))
        new = self.collage(a["language"], i, max(60, int(n * rng.uniform(0.8, 1.2))))
        body = new[:1] + background + new[1:]
        publisher, site = self.next_outlet()
        t = t0 + dt.timedelta(hours=rng.randint(2, 72))
        return {"url": f"{site}/followup/{k}", "title": "New: " + a["title"], "text": "\n\n".join(body),
                "published": iso(t), "publisher": publisher, "language": a["language"]}

    def sibling(self, i, a, ps, t0, k):
        rng = self.rng
        n = len(words(a["body"]))
        lead = SENTENCE.split(ps[0])[0]
        new = self.collage(a["language"], i, max(60, int(n * rng.uniform(0.6, 1.0))))
        publisher, site = self.next_outlet()
        t = t0 + dt.timedelta(hours=rng.randint(-24, 48))
        return {"url": f"{site}/topic/{k}", "title": " ".join(a["title"].split()[:5]) + " – analysis",
                "text": "\n\n".join([lead] + new), "published": iso(t), "publisher": publisher,
                "language": a["language"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extracted", help="JSON lines from `geotrends extract`")
    ap.add_argument("out", help="JSON lines to write, for `geotrends ingest`")
    ap.add_argument("truth", help="CSV to write: url, story, kind")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-copies", type=int, default=6)
    ap.add_argument("--min-words", type=int, default=50, help="shortest original (default 50 words)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles, skipped = [], 0
    with open(args.extracted, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("body") and a.get("title") and len(words(a["body"])) >= args.min_words:
                a["language"] = a.get("language") or "und"
                articles.append(a)
            else:
                skipped += 1
    g = Generator(articles, rng, args.max_copies)
    counts = {"original": 0, "copy": 0, "followup": 0, "sibling": 0}
    edit_counts = {}
    base = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    k = 0
    with open(args.out, "w", encoding="utf-8") as out, open(args.truth, "w", newline="", encoding="utf-8") as t:
        truth = csv.writer(t)
        truth.writerow(["url", "story", "kind"])

        def emit(record, story, kind):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            truth.writerow([record["url"], story, kind])
            counts[kind] += 1

        for i, a in enumerate(articles):
            ps = paragraphs(a["body"])
            t0 = (dt.datetime.fromisoformat(a["published_at"].replace("Z", "+00:00"))
                  if a.get("published_at") else base + dt.timedelta(hours=i))
            original = {"url": a["url"], "title": a["title"], "text": a["body"], "published": iso(t0),
                        "publisher": a.get("publisher") or a.get("domain"), "language": a["language"]}
            emit(original, a["url"], "original")
            for _ in range(rng.randint(0, args.max_copies)):
                k += 1
                record, edits = g.copy(a, ps, t0, k)
                for e in edits:
                    edit_counts[e] = edit_counts.get(e, 0) + 1
                emit(record, a["url"], "copy")
            if rng.random() < 0.5:
                k += 1
                r = g.followup(i, a, ps, t0, k)
                emit(r, r["url"], "followup")
            if rng.random() < 0.5:
                k += 1
                r = g.sibling(i, a, ps, t0, k)
                emit(r, r["url"], "sibling")
    print(f"{len(articles)} originals ({skipped} input articles too short or without title), "
          f"{counts['copy']} copies, {counts['followup']} follow-ups, {counts['sibling']} same-topic "
          f"siblings; edits: {dict(sorted(edit_counts.items()))}", file=sys.stderr)


if __name__ == "__main__":
    main()
