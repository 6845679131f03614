#!/usr/bin/env python3
"""Helpers for compare.sh (Vecino vs Typesense on the same data). Standard library only.

  compare.py import     --typesense URL --key KEY --collection NAME --docs FILE.jsonl
  compare.py relevance  --vecino URL --typesense URL --key KEY --collection NAME --out FILE.json
  compare.py paths      --collection NAME --vecino-out FILE --typesense-out FILE
  compare.py wrk-result FILE                 (the RESULT line of wrk.lua → JSON)
  compare.py table      --relevance FILE.json --rounds N --wrk-dir DIR --rss-mb N ...

Both engines get the same query text. Typesense is configured like Vecino where it can be:
typo budget 0/1/2 for words of <=4/5-8/>=9 characters, prefix on the last word, title weighted
above body, one hit per record (grouped by kind and slug), facets on kind and topics.
"""

import argparse
import glob
import json
import math
import os
import re
import sys
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RELEVANCE_DIR = os.path.join(ROOT, "crates", "search", "relevance")
BENCH_SOURCE = os.path.join(ROOT, "crates", "search", "benches", "search.rs")

# Typesense search parameters, the same for relevance and load.
TYPESENSE_PARAMS = {
    "query_by": "title,body",
    "query_by_weights": "2,1",
    "num_typos": "2",
    "min_len_1typo": "5",
    "min_len_2typo": "9",
    "prefix": "true",
    "per_page": "10",
    "group_by": "kind,slug",
    "group_limit": "1",
    "facet_by": "kind,topics",
    # Return what Vecino returns (kind, slug, title, locale, a highlighted snippet), not whole bodies.
    "include_fields": "kind,slug,locale,title",
}


def http(method, url, key=None, body=None, content_type="application/json", timeout=600):
    headers = {"Content-Type": content_type}
    if key:
        headers["X-TYPESENSE-API-KEY"] = key
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def schema(name):
    return {
        "name": name,
        "fields": [
            {"name": "kind", "type": "string", "facet": True},
            {"name": "slug", "type": "string", "facet": True},
            {"name": "locale", "type": "string", "facet": True},
            {"name": "title", "type": "string"},
            {"name": "body", "type": "string"},
            {"name": "topics", "type": "string[]", "facet": True},
        ],
    }


def settled_count(base, collection, key, want):
    """How many documents the collection holds (None when it does not exist), once Typesense has
    finished loading it: after a restart it answers /health while still reading collections back
    from disk, their counts growing."""
    last, steady = None, 0
    for _ in range(600):
        status, body = http("GET", f"{base}/collections/{collection}", key)
        if status != 200:
            return None
        count = json.loads(body).get("num_documents")
        if count == want:
            return count
        steady = steady + 1 if count == last else 0
        if steady >= 10:
            return count
        last = count
        time.sleep(0.5)
    return last


def cmd_import(args):
    with open(args.docs, "rb") as f:
        lines = f.read().splitlines()
    base = args.typesense.rstrip("/")
    held = settled_count(base, args.collection, args.key, len(lines))
    if held == len(lines):
        print(f"typesense: {args.collection} already holds {len(lines)} documents", file=sys.stderr)
        return
    if held is not None:
        http("DELETE", f"{base}/collections/{args.collection}", args.key)
        for _ in range(120):
            if http("GET", f"{base}/collections/{args.collection}", args.key)[0] == 404:
                break
            time.sleep(0.5)
    status, body = http("POST", f"{base}/collections", args.key, json.dumps(schema(args.collection)).encode())
    if status != 201:
        sys.exit(f"creating the collection failed: {status} {body[:300]!r}")
    batch = 5000
    for start in range(0, len(lines), batch):
        chunk = b"\n".join(lines[start : start + batch])
        status, body = http(
            "POST",
            f"{base}/collections/{args.collection}/documents/import?action=create",
            args.key,
            chunk,
            "text/plain",
        )
        failed = [r for r in body.decode().splitlines() if '"success":false' in r.replace(" ", "")]
        if status != 200 or failed:
            sys.exit(f"import failed: {status} {failed[:3] or body[:300]!r}")
        print(f"typesense: imported {min(start + batch, len(lines))}/{len(lines)}", file=sys.stderr)


def judged_queries():
    queries = []
    for path in sorted(glob.glob(os.path.join(RELEVANCE_DIR, "*.toml"))):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        for q in data["queries"]:
            q = dict(q)
            q["set"] = os.path.splitext(os.path.basename(path))[0]
            queries.append(q)
    return queries


def vecino_path(q, lang):
    return "/api/v1/search?" + urllib.parse.urlencode({"q": q, "lang": lang, "per_page": "10"})


def typesense_path(collection, q):
    params = {"q": q, **TYPESENSE_PARAMS}
    return f"/collections/{collection}/documents/search?" + urllib.parse.urlencode(params)


def vecino_hits(base, q, lang):
    status, body = http("GET", base.rstrip("/") + vecino_path(q, lang))
    if status != 200:
        sys.exit(f"vecino answered {status} to a judged query: {body[:300]!r}")
    return [f"{r['kind']}:{r['slug']}" for r in json.loads(body)["results"]]


def typesense_hits(base, key, collection, q):
    status, body = http("GET", base.rstrip("/") + typesense_path(collection, q), key)
    if status != 200:
        sys.exit(f"typesense answered {status} to a judged query: {body[:300]!r}")
    return [":".join(g["group_key"]) for g in json.loads(body)["grouped_hits"]]


def dcg(gains):
    return sum((2.0**g - 1.0) / math.log2(i + 2) for i, g in enumerate(gains))


def score(q, ids):
    """nDCG@10 and recall@10, as tests/it/relevance.rs computes them."""
    relevant, partial = q.get("relevant", []), q.get("partial", [])
    gains = [2.0 if i in relevant else 1.0 if i in partial else 0.0 for i in ids[:10]]
    ideal = ([2.0] * len(relevant) + [1.0] * len(partial))[:10]
    ndcg = dcg(gains) / dcg(ideal) if ideal else 1.0
    recall = sum(1 for r in relevant if r in ids[:10]) / len(relevant) if relevant else 1.0
    return ndcg, recall


def cmd_relevance(args):
    """Scores per judged set (starter, generated) and category, and over everything."""
    rows = {}
    details = []
    for q in judged_queries():
        vh = vecino_hits(args.vecino, q["q"], q["lang"])
        th = typesense_hits(args.typesense, args.key, args.collection, q["q"])
        v, t = score(q, vh), score(q, th)
        details.append({"set": q["set"], "category": q["category"], "q": q["q"], "lang": q["lang"],
                        "relevant": q.get("relevant", []), "vecino": [round(x, 3) for x in v],
                        "typesense": [round(x, 3) for x in t], "vecino_top3": vh[:3], "typesense_top3": th[:3]})
        for key in ((q["set"], q["category"]), (q["set"], "ALL"), ("all sets", q["category"]), ("all sets", "ALL")):
            row = rows.setdefault(key, [0, 0.0, 0.0, 0.0, 0.0])
            row[0] += 1
            for i, x in enumerate(v + t):
                row[1 + i] += x
    table = {}
    for (judged_set, category), r in rows.items():
        table.setdefault(judged_set, {})[category] = {
            "queries": r[0], "vecino_ndcg": r[1] / r[0], "vecino_recall": r[2] / r[0],
            "typesense_ndcg": r[3] / r[0], "typesense_recall": r[4] / r[0]}
    with open(args.out, "w") as f:
        json.dump(table, f, indent=1)
    # Per query (nDCG@10, recall@10 and the top three hits of each engine), to see where they differ.
    with open(os.path.splitext(args.out)[0] + "-queries.jsonl", "w") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in details)
    print(relevance_markdown(table))


def relevance_markdown(table):
    out = []
    for judged_set in sorted(table, key=lambda s: (s == "all sets", s)):
        name = judged_set if judged_set == "all sets" else f"{judged_set}.toml"
        out += ["", f"{name}:", "",
                "| category | queries | Vecino nDCG@10 | Typesense nDCG@10 | Vecino recall@10 | Typesense recall@10 |",
                "|---|---:|---:|---:|---:|---:|"]
        rows = table[judged_set]
        for k in sorted(rows, key=lambda c: (c == "ALL", c)):
            r = rows[k]
            out.append(f"| {k} | {r['queries']} | {r['vecino_ndcg']:.3f} | {r['typesense_ndcg']:.3f} | "
                       f"{r['vecino_recall']:.3f} | {r['typesense_recall']:.3f} |")
    return "\n".join(out)


def workload():
    """The bench workload's query text and language (crates/search/benches/search.rs), then
    every fourth judged query."""
    with open(BENCH_SOURCE) as f:
        source = f.read()
    bench = re.findall(r'request\(\s*"([^"]+)",\s*"([^"]+)"', source)
    if len(bench) < 8:
        sys.exit(f"found only {len(bench)} workload queries in {BENCH_SOURCE}")
    judged = [(q["q"], q["lang"]) for q in judged_queries()][::4]
    return bench + judged


def cmd_paths(args):
    queries = workload()
    with open(args.vecino_out, "w") as f:
        f.writelines(vecino_path(q, lang) + "\n" for q, lang in queries)
    with open(args.typesense_out, "w") as f:
        f.writelines(typesense_path(args.collection, q) + "\n" for q, _ in queries)
    print(f"{len(queries)} queries in the load workload", file=sys.stderr)


def wrk_result(path):
    with open(path) as f:
        for line in f:
            if line.startswith("RESULT "):
                fields = dict(kv.split("=") for kv in line.split()[1:])
                r = {k: int(v) for k, v in fields.items()}
                r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
                return r
    sys.exit(f"no RESULT line in {path}")


def cmd_wrk_result(args):
    r = wrk_result(args.file)
    print(f"{r['rps']:.0f} requests/s, p50 {r['p50_us'] / 1000:.2f} ms, p99 {r['p99_us'] / 1000:.2f} ms, "
          f"{r['errors']} errors, {r['non2xx']} non-2xx")
    if r["non2xx"] or r["errors"]:
        sys.exit("the load run had failed requests: the figures are not comparable")


def cmd_table(args):
    with open(args.relevance) as f:
        relevance = json.load(f)
    print(f"\n## Vecino vs Typesense — {args.services} generated services (+ starter content), one run\n")
    print(f"Relevance over the judged queries ({args.relevance_note}):")
    print(relevance_markdown(relevance))
    print(f"\nHTTP load: {args.queries} queries cycled, wrk {args.wrk_note}, engines alternated:\n")
    print("| round | engine | requests/s | p50 ms | p99 ms |")
    print("|---|---|---:|---:|---:|")
    for n in range(1, int(args.rounds) + 1):
        v = wrk_result(os.path.join(args.wrk_dir, f"wrk-vecino-{n}.txt"))
        t = wrk_result(os.path.join(args.wrk_dir, f"wrk-typesense-{n}.txt"))
        for name, r in (("Vecino", v), ("Typesense", t)):
            print(f"| {n} | {name} | {r['rps']:.0f} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} |")
        print(f"| {n} | Vecino / Typesense | {v['rps'] / t['rps']:.2f}× | {v['p50_us'] / max(t['p50_us'], 1):.2f}× | "
              f"{v['p99_us'] / max(t['p99_us'], 1):.2f}× |")
    v = wrk_result(os.path.join(args.wrk_dir, "wrk-vecino-single.txt"))
    t = wrk_result(os.path.join(args.wrk_dir, "wrk-typesense-single.txt"))
    print(f"| one connection | Vecino | {v['rps']:.0f} | {v['p50_us'] / 1000:.2f} | {v['p99_us'] / 1000:.2f} |")
    print(f"| one connection | Typesense | {t['rps']:.0f} | {t['p50_us'] / 1000:.2f} | {t['p99_us'] / 1000:.2f} |")
    print(f"| one connection | Vecino / Typesense | {v['rps'] / t['rps']:.2f}× | {v['p50_us'] / max(t['p50_us'], 1):.2f}× | "
          f"{v['p99_us'] / max(t['p99_us'], 1):.2f}× |")
    print(f"\nResident memory after the load (VmRSS): Vecino {args.rss_mb} MB, Typesense {args.typesense_rss_mb} MB.")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("import")
    s.add_argument("--typesense", required=True)
    s.add_argument("--key", required=True)
    s.add_argument("--collection", required=True)
    s.add_argument("--docs", required=True)
    s = sub.add_parser("relevance")
    s.add_argument("--vecino", required=True)
    s.add_argument("--typesense", required=True)
    s.add_argument("--key", required=True)
    s.add_argument("--collection", required=True)
    s.add_argument("--out", required=True)
    s = sub.add_parser("paths")
    s.add_argument("--collection", required=True)
    s.add_argument("--vecino-out", required=True)
    s.add_argument("--typesense-out", required=True)
    s = sub.add_parser("wrk-result")
    s.add_argument("file")
    s = sub.add_parser("table")
    for a in ("relevance", "rounds", "wrk-dir", "rss-mb", "typesense-rss-mb", "services",
              "queries", "wrk-note", "relevance-note"):
        s.add_argument(f"--{a}", required=True)
    args = p.parse_args()
    {"import": cmd_import, "relevance": cmd_relevance, "paths": cmd_paths,
     "wrk-result": cmd_wrk_result, "table": cmd_table}[args.cmd](args)


if __name__ == "__main__":
    main()
