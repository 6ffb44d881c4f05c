"""JSON Lines articles made of the project's own texts and pages, for the worker and
recipe tests: {"id", "text"} records from tests/corpus/ and demo/, {"id", "html"}
records from demo/site/articles/, cycled with distinct ids up to COUNT records. Record
ERROR_AT (1-based, if given) is the demo site's front page, which has no article: its
output is an error record.

Usage: python3 articles.py SOURCE_DIR COUNT [ERROR_AT] > articles.jsonl
"""
import json
import pathlib
import sys


def main():
    src = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2])
    error_at = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    sources = [("text", p.parent.name, p) for p in sorted(src.glob("tests/corpus/*/article.txt"))]
    sources += [("text", p.stem, p) for p in sorted(src.glob("demo/*.txt"))]
    sources += [("html", p.stem, p) for p in sorted(src.glob("demo/site/articles/*.html"))]
    if not sources:
        sys.exit(f"articles.py: no articles under {src}")
    front_page = src / "demo/site/index.html"
    out = sys.stdout
    for n in range(1, count + 1):
        kind, name, path = ("html", "front-page", front_page) if n == error_at else sources[(n - 1) % len(sources)]
        record = {"id": f"{name}-{n}", kind: path.read_text(encoding="utf-8")}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
