#!/usr/bin/env python3
"""Walks whole OAI-PMH lists over one kept-alive connection and times them; also times the first and the last page.
Usage: oai_walk.py BASE_URL PREFIX [PREFIX...]   (BASE_URL like http://127.0.0.1:18080/oai)"""
import http.client
import re
import statistics
import sys
import time
import urllib.parse

base = urllib.parse.urlparse(sys.argv[1])
conn = http.client.HTTPConnection(base.hostname, base.port, timeout=120)
TOKEN = re.compile(rb'<resumptionToken[^>]*>([^<]*)</resumptionToken>')
RECORD = re.compile(rb'<header[ >]')


def get(query):
    conn.request("GET", base.path + "?" + query)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200 or b"<error" in body:
        sys.exit(f"unexpected answer to {query}: {response.status} {body[:300]!r}")
    return body


def page_time(query, repeat=15):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        get(query)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


for prefix in sys.argv[2:]:
    for verb in ("ListRecords", "ListIdentifiers"):
        first_query = f"verb={verb}&metadataPrefix={prefix}"
        query, records, pages, last_query = first_query, 0, 0, None
        start = time.perf_counter()
        while True:
            body = get(query)
            pages += 1
            records += len(RECORD.findall(body))
            token = TOKEN.search(body)
            if not token or not token.group(1):
                break
            last_query = query
            query = f"verb={verb}&resumptionToken={urllib.parse.quote(token.group(1).decode())}"
        elapsed = time.perf_counter() - start
        line = f"{verb} {prefix}: {records} records in {pages} pages, {elapsed:.1f} s, {records / elapsed:,.0f} records/s"
        if verb == "ListRecords" and last_query:
            first_ms, last_ms = page_time(first_query), page_time(query)
            line += f"; page latency (median of 15): first {first_ms:.1f} ms, last {last_ms:.1f} ms," \
                    f" last/first {last_ms / first_ms:.2f}"
        print(line, flush=True)
