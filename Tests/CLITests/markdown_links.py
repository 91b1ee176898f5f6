"""Lists what a real Markdown renderer makes of a file: every link, image and piece of raw HTML.

Used by the hostile-rendering tests: becscope's Markdown must contain none that becscope did not
write. Renders with markdown-it-py twice, as CommonMark and GFM-like with linkify (autolinked
URLs, domains and addresses), and prints one JSON object: {"links": [...], "images": [...],
"html": [...]}. Exit status 3 when markdown-it-py is not installed.
"""
import json
import sys

try:
    from markdown_it import MarkdownIt
except ImportError:
    print("markdown-it-py is not installed", file=sys.stderr)
    sys.exit(3)


def walk(tokens, found):
    for t in tokens:
        if t.type == "link_open":
            found["links"].append(t.attrGet("href"))
        elif t.type == "image":
            found["images"].append(t.attrGet("src"))
        elif t.type in ("html_inline", "html_block"):
            found["html"].append(t.content.strip())
        if t.children:
            walk(t.children, found)


def main(paths):
    found = {"links": [], "images": [], "html": []}
    renderers = [MarkdownIt("commonmark")]
    try:
        import linkify_it  # noqa: F401

        renderers.append(MarkdownIt("gfm-like", {"linkify": True}).enable("linkify"))
    except ImportError:
        print("linkify-it-py is not installed: GFM autolinks not checked", file=sys.stderr)
        sys.exit(3)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for md in renderers:
            walk(md.parse(text), found)
    print(json.dumps(found))


if __name__ == "__main__":
    main(sys.argv[1:])
