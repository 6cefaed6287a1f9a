#!/usr/bin/env python3
"""N generated records as JSON lines (records API input): variations of one realistic record, with distinct
titles, creators and dates; every other record carries an external DOI, so DataCite formats exist for half."""
import json
import sys

n = int(sys.argv[1])
for i in range(n):
    record = {
        "access": {"record": "public", "files": "public"},
        "files": {"enabled": True, "entries": [{"key": f"data-{i}.csv", "size": 1000 + i,
                  "checksum": "md5:%032x" % i, "mimetype": "text/csv",
                  "url": f"https://data.example.org/{i}/data.csv"}]},
        "metadata": {
            "resource_type": {"id": ["dataset", "software", "publication-article"][i % 3]},
            "title": f"Generated record {i}: observations of station {i % 97}",
            "publication_date": f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "publisher": "Benchmark Repository",
            "description": "A generated record for the benchmarks. " * 4,
            "creators": [{"person_or_org": {"type": "personal", "given_name": f"Given{i}",
                          "family_name": f"Family{i % 500}"},
                          "affiliations": [{"id": "01ggx4157", "name": "CERN"}]}],
            "subjects": [{"subject": "benchmark"}, {"subject": f"station {i % 97}"}],
            "languages": [{"id": "eng"}],
            "rights": [{"id": "cc-by-4.0"}],
        }}
    if i % 2 == 0:
        record["pids"] = {"doi": {"identifier": f"10.5072/bench.{i}", "provider": "external"}}
    print(json.dumps(record))
