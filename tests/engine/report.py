#!/usr/bin/env python3
"""Reads an sctconv JSON report for the test scripts.

  report.py has-code FILE CODE        exit 0 if some item has this code
  report.py has-object FILE TEXT      exit 0 if some item's object (or message) contains TEXT (any case)
  report.py eval FILE EXPR            exit 0 if the Python expression is true; names: r (the report),
                                      items, summary, codes (list of item codes)
  report.py codes FILE                print the item codes present (for messages)
  report.py summary FILE              print: statements converted manual tables fks indexes views
                                      (one line, '?' for what the report does not give; converted
                                      and manual are summed over the per object type entries)
Exit 3 with a message on stderr if FILE is missing or not JSON.
"""
import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        print(f"no report file {path}", file=sys.stderr)
    except (ValueError, UnicodeDecodeError) as e:
        print(f"report {path} is not valid JSON: {e}", file=sys.stderr)
    sys.exit(3)


def items(r):
    it = r.get("items") if isinstance(r, dict) else None
    return it if isinstance(it, list) else []


def num(v):
    """A count from an int, or from a dict {count|source|total: int}."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, dict):
        for k in ("count", "source", "total", "src"):
            if isinstance(v.get(k), int) and not isinstance(v.get(k), bool):
                return v[k]
    return None


def first(d, *keys):
    if not isinstance(d, dict):
        return None
    for k in keys:
        if k in d:
            n = num(d[k])
            if n is not None:
                return n
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, path = sys.argv[1], sys.argv[2]
    r = load(path)
    its = items(r)
    if cmd == "has-code":
        return 0 if any(isinstance(i, dict) and i.get("code") == sys.argv[3] for i in its) else 1
    if cmd == "has-object":
        t = sys.argv[3].lower()
        for i in its:
            if not isinstance(i, dict):
                continue
            for k in ("object", "message"):
                if t in str(i.get(k, "")).lower():
                    return 0
        return 1
    if cmd == "codes":
        print(" ".join(sorted({str(i.get("code")) for i in its if isinstance(i, dict)})) or "(none)")
        return 0
    if cmd == "eval":
        env = {"r": r, "items": its, "summary": r.get("summary", {}) if isinstance(r, dict) else {},
               "codes": [i.get("code") for i in its if isinstance(i, dict)], "len": len, "any": any,
               "all": all, "sum": sum}
        try:
            ok = eval(sys.argv[3], {"__builtins__": {}}, env)
        except Exception as e:  # noqa: BLE001 - the message is the point
            print(f"{type(e).__name__}: {e}", file=sys.stderr)
            return 1
        return 0 if ok else 1
    if cmd == "summary":
        s = r.get("summary", {}) if isinstance(r, dict) else {}
        if not isinstance(s, dict):
            s = {}
        statements = num(r.get("statements")) if isinstance(r, dict) else None
        if statements is None:
            statements = first(s, "statements", "statements_total", "total_statements")
        converted = first(s, "converted", "statements_converted")
        manual = first(s, "manual", "carried", "needs_person", "needs_review", "not_converted")
        # per object type entries {"count", "automatic", "with_notes", "manual", "in_target"}
        per_type = [v for v in s.values() if isinstance(v, dict) and "count" in v
                    and any(k in v for k in ("automatic", "with_notes", "manual"))]
        if converted is None and per_type:
            converted = sum(int(v.get("automatic", 0) or 0) + int(v.get("with_notes", 0) or 0) for v in per_type)
        if manual is None and per_type:
            manual = sum(int(v.get("manual", 0) or 0) for v in per_type)
        vals = [
            statements, converted, manual,
            first(s, "tables", "table"),
            first(s, "foreign_keys", "fks", "foreign_key", "fk"),
            first(s, "indexes", "index"),
            first(s, "views", "view"),
        ]
        print(" ".join("?" if v is None else str(v) for v in vals))
        return 0
    print(f"unknown command {cmd}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
