"""Measure: what a ZIP-bomb workbook costs the server process (issue 12, item 2).

Builds a valid one-row workbook whose shared strings (or, with ``--part styles``, whose styles:
cell formats ``<xf numFmtId="14"/>``) unpack to ``--expanded`` MiB (a few hundred KiB on the
wire), uploads it as a dry run to ``POST /api/v1/imports`` in-process on a temporary,
migrated SQLite database, and prints the answer, the time it took and how much the process grew:
the peak resident set size (``ru_maxrss``) before and after, and the resident size after.

    .venv/bin/python bench/import_bomb.py                  # 1024 MiB, as in the issue
    .venv/bin/python bench/import_bomb.py --expanded 256
    .venv/bin/python bench/import_bomb.py --part styles --expanded 199
"""

from __future__ import annotations

import argparse
import asyncio
import io
import resource
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from harness import signed_in

import salescrm.models  # noqa: F401 - every mapper known before the first query

MiB = 1 << 20
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def bomb(expanded: int, part: str = "sharedStrings") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook {NS} xmlns:r="{REL}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>",
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>',
        )
        strings = f"<sst {NS}><si><t>客户名称</t></si><si><t>上海华信科技有限公司</t></si>"
        if part == "styles":
            archive.writestr("xl/sharedStrings.xml", strings + "</sst>")
            head, block, tail = f"<styleSheet {NS}><cellXfs>", b'<xf numFmtId="14"/>', "</cellXfs>"
            name, tail = "xl/styles.xml", tail + "</styleSheet>"
        else:
            head, block, tail = strings, b"<si><t>padding!</t></si>", "</sst>"
            name = "xl/sharedStrings.xml"
        block *= MiB // len(block)
        with archive.open(name, "w", force_zip64=True) as stream:
            stream.write(head.encode())
            for _ in range(expanded // len(block)):
                stream.write(block)
            stream.write(tail.encode())
    return out.getvalue()


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / MiB


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def run(expanded_mib: int, part: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="salescrm-bomb-"))
    url = f"sqlite+aiosqlite:///{folder / 'bomb.db'}"
    try:
        content = bomb(expanded_mib * MiB, part)
        async with signed_in(url) as bench:
            http = bench.http
            peak_before, rss_before = maxrss_mib(), rss_mib()
            started = time.perf_counter()
            response = await http.post(
                "/api/v1/imports",
                files={"file": ("bomb.xlsx", content, "application/octet-stream")},
                data={"target": "customers", "dry_run": "true"},
                timeout=3600,
            )
            seconds = time.perf_counter() - started
        body = response.json()
        what = "styles" if part == "styles" else "shared strings"
        print(
            f"bomb: {len(content) / MiB:.2f} MiB on the wire, {expanded_mib} MiB of "
            f"{what}\nanswer: {response.status_code} {body.get('code') or body.get('status')} "
            f"in {seconds:.1f}s\npeak RSS: {peak_before:.0f} -> {maxrss_mib():.0f} MiB "
            f"(+{maxrss_mib() - peak_before:.0f}); RSS after: {rss_before:.0f} -> "
            f"{rss_mib():.0f} MiB (+{rss_mib() - rss_before:.0f})"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expanded", type=int, default=1024, help="MiB the part unpacks to")
    parser.add_argument(
        "--part", choices=("sharedStrings", "styles"), default="sharedStrings", help="the bomb"
    )
    arguments = parser.parse_args()
    asyncio.run(run(arguments.expanded, arguments.part))


if __name__ == "__main__":
    main()
