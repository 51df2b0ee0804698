#!/usr/bin/env python3
"""Checks one conversion's report in its four formats.

  formats.py REPORT.json REPORT.txt REPORT.html REPORT.csv

- the same items (code, severity, file, line, col, effort) appear in JSON, text, HTML and CSV;
- the JSON numbers add up: object type rows roll up to the item totals and the effort, the action list
  by code sums to the items, rates follow from the counts, total effort = per occurrence + learning,
  automatic + with notes + manual = count for every object type.
Each failed check is printed; exit 1 if any failed.
"""
import collections
import csv
import html.parser
import json
import re
import sys

STORAGE = ["schemas", "tables", "columns", "constraints", "foreign_keys", "indexes", "sequences", "types"]
CODE = ["views", "synonyms", "procedures", "functions", "triggers", "packages"]


def from_json(r):
    return collections.Counter((i["code"], i["severity"], i["file"], i["line"], i["col"], i["effort_minutes"])
                               for i in r["items"])


def from_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        raw = f.read()
    if raw and "\r\n" not in raw:
        raise ValueError("CSV rows must end in CRLF (RFC 4180)")
    rows = list(csv.DictReader(raw.splitlines(keepends=True)))
    return collections.Counter((r["code"], r["severity"], r["file"], int(r["line"]), int(r["col"]),
                                int(r["effort_minutes"])) for r in rows)


ITEM = re.compile(r"^  (\d+):(\d+)\s+(info|warning|error)\s+(\S+) ")
EFFORT = re.compile(r"^          object: .*effort (\d+) min")


def from_text(path):
    c = collections.Counter()
    cur, pending = None, None
    in_items = False
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for n, line in enumerate(lines):
        if len(line) > 100:
            raise ValueError(f"text line {n + 1} is {len(line)} columns wide: {line[:60]}...")
        if line == "Items":
            in_items = True
            continue
        if not in_items:
            continue
        if line.startswith("file: "):
            cur = line[6:]
            cur = "" if cur == "(no file)" else cur
            continue
        m = ITEM.match(line)
        if m:
            pending = (m.group(4), m.group(3), cur, int(m.group(1)), int(m.group(2)))
            continue
        m = EFFORT.match(line)
        if m and pending:
            c[pending + (int(m.group(1)),)] += 1
            pending = None
    return c


class ItemRows(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = collections.Counter()
        self.row = None
        self.cells = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and "item" in (a.get("class") or "").split():
            self.row = a
            self.cells = []
        elif tag == "td" and self.row is not None:
            self.cells.append("")

    def handle_data(self, data):
        if self.row is not None and self.cells:
            self.cells[-1] += data

    def handle_endtag(self, tag):
        if tag == "tr" and self.row is not None:
            a = self.row
            self.items[(a["data-code"], a["data-severity"], a["data-file"], int(a["data-line"]), int(a["data-col"]),
                        int(self.cells[-1].strip()))] += 1
            self.row = None


def from_html(path):
    p = ItemRows()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return p.items


def rollup(r):
    bad = []
    s, items = r["summary"], r["items"]
    types = [k for k, v in s.items() if k != "items"]

    def eq(what, a, b):
        if a != b:
            bad.append(f"{what}: {a} != {b}")

    eq("items by severity", s["items"]["info"] + s["items"]["warning"] + s["items"]["error"], len(items))
    eq("items total", s["items"]["total"], len(items))
    eq("items of the object type rows", sum(s[t]["items"] for t in types), len(items))
    occ = sum(i["effort_minutes"] for i in items)
    eq("effort of the object type rows", sum(s[t]["effort_minutes"] for t in types), occ)
    for t in types:
        v = s[t]
        eq(f"{t}: automatic + with_notes + manual", v["automatic"] + v["with_notes"] + v["manual"], v["count"])
        if v["in_target"] > v["automatic"] + v["with_notes"]:
            bad.append(f"{t}: more in the target than converted")
    e = r["effort"]
    eq("occurrence effort", e["occurrence_minutes"], occ)
    eq("codes: counts", sum(c["count"] for c in r["codes"]), len(items))
    eq("codes: distinct", len(r["codes"]), len({i["code"] for i in items}))
    eq("codes: effort", sum(c["effort_minutes"] for c in r["codes"]), occ)
    eq("learning effort", e["learning_minutes"], sum(c["learning_minutes"] for c in r["codes"]))
    eq("total effort", e["total_minutes"], e["occurrence_minutes"] + e["learning_minutes"])
    eq("categories: items", sum(k["items"] for k in e["by_category"]), len(items))
    eq("categories: effort", sum(k["occurrence_minutes"] for k in e["by_category"]), occ)
    for name, group in (("storage", STORAGE), ("code", CODE)):
        rt = r["conversion_rate"][name]
        eq(f"{name}: count", rt["count"], sum(s[t]["count"] for t in group))
        eq(f"{name}: automatic", rt["automatic"], sum(s[t]["automatic"] for t in group))
        eq(f"{name}: converted", rt["converted"], sum(s[t]["automatic"] + s[t]["with_notes"] for t in group))
        want = round(100.0 * rt["converted"] / rt["count"], 1) if rt["count"] else 100.0
        if abs(rt["percent_converted"] - want) > 0.05:
            bad.append(f"{name}: percent_converted {rt['percent_converted']} != {want}")
    objs = r["objects"]
    eq("objects", len(objs), r["statements"])
    if sum(o["items"] for o in objs) > len(items):
        bad.append("objects hold more items than the report")
    c = r["complexity"]["objects"]
    eq("objects by complexity", c["simple"] + c["medium"] + c["significant"], len(objs))
    for o in objs:
        want = "significant" if o["effort_minutes"] > 360 else "medium" if o["effort_minutes"] >= 120 else "simple"
        eq(f"complexity of {o['name']}", o["complexity"], want)
    return bad


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        r = json.load(f)
    want = from_json(r)
    bad = []
    if not want:
        bad.append("the JSON report has no items: choose a case that has some")
    for name, get, path in (("text", from_text, sys.argv[2]), ("html", from_html, sys.argv[3]),
                            ("csv", from_csv, sys.argv[4])):
        try:
            got = get(path)
        except (ValueError, KeyError) as e:
            bad.append(f"{name}: {e}")
            continue
        if got != want:
            bad.append(f"{name}: items differ from JSON: missing {dict(want - got)}, extra {dict(got - want)}")
    bad += rollup(r)
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
