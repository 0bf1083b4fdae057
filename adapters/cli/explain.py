"""`jargon explain TEXT` and `jargon explain --json TEXT` (`-` reads the text from stdin).

The JSON shape is a contract that other tools rely on:
{"text": ..., "terms": [{"id", "term", "start", "end", "surface", "senses": [...]}], "translation": ...}
where each sense has at least id, term and definition; start/end are character offsets into text.
"""

from __future__ import annotations

import argparse
import json
import sys

from adapters.cli.errors import EXIT_USAGE
from adapters.cli.options import add_audience_option
from glossary import sides


def add_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("explain", help="find every glossary term in a text and translate it into plain words")
    p.add_argument("--json", action="store_true", help="print {text, terms, translation} as JSON")
    p.add_argument("--tags", default="", metavar="TAGS",
                   help="context tags that pick a sense of ambiguous terms, e.g. dev or finance,sales")
    add_audience_option(p)
    p.add_argument("text", nargs="+", help="the text, or - to read it from stdin")
    p.set_defaults(func=run, subparser=p)


def run(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from adapters.cli.render import render
    from bot.explain_view import explain_reply, translate_reply
    from glossary.detect import detector_for
    from glossary.translate import translate

    if args.text != ["-"] and not " ".join(args.text).strip():  # as `jargon ask ""` does
        args.subparser.print_usage(sys.stderr)
        print("jargon explain: the text is empty; give a message, e.g. jargon explain \"we need to cut CAC\"",
              file=sys.stderr)
        return EXIT_USAGE
    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    tags = [t for t in args.tags.replace(",", " ").split() if t]
    found = sides.order_found(detector_for(open_glossary(args)).find(text, tags), args.audience)
    if args.json:
        data = {"text": text, "terms": [f.to_dict() for f in found], "translation": translate(text, found)}
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(render(explain_reply(text, found, {}), numbered=False))
    if found:
        print()
        print(render(translate_reply(text, found), numbered=False))
    return 0
