#!/usr/bin/env python3
"""Title and publication date of the extractor's output against a ground
truth that has them (the Readability test pages): exact title match after
whitespace normalisation, and the published date's calendar day."""
import json
import re
import sys


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def day(s):
    m = re.match(r"(\d{4}-\d{2}-\d{2})", s or "")
    return m.group(1) if m else None


gold = json.load(open(sys.argv[1]))
ours = {}
for line in open(sys.argv[2]):
    rec = json.loads(line)
    ours[rec["id"]] = rec["story"]
titles = dates = title_ok = date_ok = 0
misses = []
for pid, g in sorted(gold.items()):
    o = ours.get(pid, {})
    if g.get("title") not in (None, "None", ""):
        titles += 1
        if norm(o.get("title")) == norm(g["title"]):
            title_ok += 1
        else:
            misses.append("title %s: %r != %r" % (pid, o.get("title"), g["title"]))
    if day(g.get("publishedTime")):
        dates += 1
        if day(o.get("published")) == day(g["publishedTime"]):
            date_ok += 1
        else:
            misses.append("date %s: %r != %r" % (pid, o.get("published"), g["publishedTime"]))
print("title exact match %d/%d = %.3f; published date correct %d/%d = %.3f"
      % (title_ok, titles, title_ok / max(titles, 1), date_ok, dates, date_ok / max(dates, 1)))
if "-v" in sys.argv:
    print("\n".join(misses))
