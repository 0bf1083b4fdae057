"""The pages over real HTTP (JARGON_WEB_ACCESS=open): search like the bot, A–Z, tags, paging, term pages, escaping."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from html import unescape

import pytest

from bot.core import Bot
from glossary.people import People
from glossary.service import Glossary
from tests.conftest import FixedClock, say
from tests.slack.conftest import SlackServer
from tests.web.conftest import Browser, Page


@pytest.fixture
def site(start_web: Callable[..., SlackServer]) -> SlackServer:
    return start_web("open")


def get(server: SlackServer, path: str) -> Page:
    page = Browser().open(server.url + path)
    assert page.status == 200, (path, page.status)
    return page


def listed(page: Page) -> list[str]:
    """The term names on an index page, in order."""
    return [unescape(m) for m in re.findall(r'<a class="term" href="[^"]+">([^<]+)</a>', page.text)]


def notes(page: Page) -> list[str]:
    return re.findall(r'<span class="note">([^<]+)</span>', page.text)


def test_the_index_shows_the_count_letters_tags_and_a_labelled_search(site: SlackServer) -> None:
    page = get(site, "/glossary")
    count = site.glossary.terms.count()
    assert f"{count:,} terms" in page.text
    assert '<label for="q">Search the glossary</label>' in page.text and 'id="q" name="q"' in page.text
    assert 'href="/glossary?letter=S"' in page.text and 'href="/glossary?tag=it"' in page.text
    assert len(listed(page)) == 50 and "page 1 of" in page.text and 'rel="next"' in page.text


def test_paging_walks_the_whole_glossary(site: SlackServer) -> None:
    seen: list[str] = []
    n = 1
    while True:
        page = get(site, f"/glossary?page={n}")
        seen += listed(page)
        if 'rel="next"' not in page.text:
            break
        n += 1
    assert len(seen) == site.glossary.terms.count()
    assert listed(get(site, "/glossary?page=9999")) == listed(get(site, f"/glossary?page={n}"))  # clamped
    assert listed(get(site, "/glossary?page=abc")) == listed(get(site, "/glossary"))


def test_search_understands_typos_expansions_and_questions_like_the_bot(site: SlackServer) -> None:
    for query, expected in (("kubernets", "Kubernetes"), ("service+level+agreement", "SLA"),
                            ("what+does+EBITDA+mean%3F", "EBITDA")):
        page = get(site, f"/glossary?q={query}")
        assert listed(page)[0] == expected, (query, listed(page)[:3])
        assert notes(page)[0] in ("Best match", "Did you mean?")


def test_search_lists_every_sense_of_an_ambiguous_acronym(site: SlackServer) -> None:
    page = get(site, "/glossary?q=PR")
    senses = [name for name, note in zip(listed(page), notes(page), strict=False) if note == "One of its meanings"]
    assert len(senses) >= 2 and all(name.startswith("PR (") for name in senses)
    assert "has several meanings" in page.text


def test_search_for_an_unknown_word_says_so_and_offers_suggesting(site: SlackServer) -> None:
    page = get(site, "/glossary?q=flibbertigibbet")
    assert "Nobody has defined “flibbertigibbet” yet" in unescape(page.text) and listed(page) == []
    assert not site.glossary.connections.db.execute("select count(*) from queries").fetchone()[0]  # read-only


def test_letters_and_tags_filter(site: SlackServer) -> None:
    letters = listed(get(site, "/glossary?letter=K"))
    assert letters and all(name.upper().startswith("K") for name in letters)
    tagged = get(site, "/glossary?tag=finance")
    names = listed(tagged)
    assert names and "terms tagged “finance”" in unescape(tagged.text)
    ids = {t.id for t in site.glossary.terms.all() if "finance" in t.tags}
    assert len(ids) == int(re.search(r"(\d+) terms tagged", unescape(tagged.text)).group(1))


def test_a_term_page_shows_everything_about_the_term(site: SlackServer, glossary: Glossary) -> None:
    bot = Bot(glossary, site.config)
    say(bot, "glossary owner SLA = <@UOWNER>", user="UADMIN", platform="slack")
    say(bot, "glossary review SLA = 2027-03-01", user="UADMIN", platform="slack")
    for _ in range(3):
        say(bot, "what does SLA mean?", platform="slack")
    clock: FixedClock = glossary.clock  # type: ignore[assignment]
    clock.now -= timedelta(days=40)
    say(bot, "SLA", platform="slack")  # too long ago to count
    clock.now += timedelta(days=40)
    term = glossary.term("sla")
    assert term is not None and term.owner == "slack:UOWNER", term
    People(glossary).remember("slack:UADMIN", "Ada Admin", source="directory")
    page = get(site, "/glossary/terms/sla")
    text = unescape(page.text)
    assert "<h1>SLA" in page.text and term.definition in text and term.examples[0] in text
    assert "service level agreement" in text
    assert "<dd>UOWNER</dd>" in page.text and "<dd>2027-03-01</dd>" in page.text  # no name known: the id alone
    assert "<dd>3 times</dd>" in page.text
    assert re.search(r"<td>\d+</td><td>Ada Admin</td><td>edited: review_by", text), text  # people by name
    assert "<td>slack:UADMIN</td>" not in text and "<dd>slack:UOWNER</dd>" not in text
    assert 'href="/glossary/terms/slo"' in page.text  # related terms are links


def test_a_term_page_lists_the_other_senses(site: SlackServer, glossary: Glossary) -> None:
    senses = glossary.terms.by_name("PR")
    page = get(site, f"/glossary/terms/{senses[0].id}")
    for other in senses[1:]:
        assert f'href="/glossary/terms/{other.id}"' in page.text


def test_an_unknown_term_is_a_404_page(site: SlackServer) -> None:
    page = Browser().open(site.url + "/glossary/terms/no-such-term")
    assert page.status == 404 and "No such term" in page.text


def test_what_people_typed_is_escaped(site: SlackServer, glossary: Glossary) -> None:
    glossary.import_yaml("""
terms:
  - id: xss
    term: <b>XSS</b>
    definition: 'Cross-site scripting: <script>alert("boom")</script> in a page.'
    examples: ['<img src=x onerror=alert(1)>']
    related: ['<script>x</script>']
""")  # a tag is one word now (glossary/name_rules.py): the typed tag below is still escaped
    page = get(site, "/glossary/terms/xss")
    assert "<script>" not in page.text and "<img" not in page.text and "<b>XSS" not in page.text
    assert "&lt;script&gt;alert(" in page.text and "&lt;img src=x onerror=alert(1)&gt;" in page.text
    index = get(site, "/glossary?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>" not in index.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in index.text
    tag = get(site, "/glossary?tag=%3Ci%3Esec%3C%2Fi%3E")
    assert "<i>sec" not in tag.text and "&lt;i&gt;sec&lt;/i&gt;" in tag.text


def test_stats_the_web_index_and_healthz_give_the_same_term_count(site: SlackServer, glossary: Glossary) -> None:
    import json

    entries = glossary.terms.count()
    names = len({t.term.casefold() for t in glossary.terms.all()})
    assert names < entries  # the starter glossary has names with several meanings
    stats = say(Bot(glossary, site.config), "glossary stats")[0].text
    assert stats.startswith(f"Terms: {entries:,} entries; {names:,} distinct names, since a name with several "
                            "meanings counts once.")
    assert f"{entries:,} terms" in get(site, "/glossary").text
    assert json.loads(get(site, "/healthz").text)["terms"] == entries


def test_the_a_to_z_index_sorts_names_ignoring_case(site: SlackServer) -> None:
    names = listed(get(site, "/glossary?letter=Y"))
    assert names == sorted(names, key=str.casefold) and "YoY" in names and names[0] == "yak shaving"
    first = listed(get(site, "/glossary"))
    assert first == sorted(first, key=lambda name: name.split(" (")[0].casefold()) and "YoY" not in first


@pytest.mark.parametrize(("path", "target"), [("/glossary/", "/glossary"), ("/glossary/?q=SLA", "/glossary?q=SLA"),
                                              ("/glossary/dashboard/", "/glossary/dashboard"),
                                              ("/glossary/terms/sla/", "/glossary/terms/sla"),
                                              ("/glossary//", "/glossary")])
def test_a_trailing_slash_under_glossary_redirects_to_the_page_without_it(site: SlackServer, path: str,
                                                                          target: str) -> None:
    page = Browser().open(site.url + path, follow=False)
    assert page.status in (301, 308) and page.headers["Location"] == target, (page.status, page.headers)
    followed = Browser().open(site.url + path)
    assert followed.status == 200 and followed.url == site.url + target


def test_a_personal_link_with_a_trailing_slash_still_signs_in(start_web: Callable[..., SlackServer],
                                                              glossary: Glossary) -> None:
    from bot.weblinks import link_url

    server = start_web("links")
    link = link_url(glossary, server.config, "slack:U1", "/dashboard")
    slashed = link.replace("/glossary/dashboard?", "/glossary/dashboard/?")
    assert slashed != link
    page = Browser().open(slashed)
    assert page.status == 200 and "Dashboard" in page.text


def test_a_search_hit_found_through_its_example_shows_that_example(site: SlackServer, glossary: Glossary) -> None:
    """`kubernets` finds AE only because an example mentions Kubernetes: show that, not AE's definition."""
    page = get(site, "/glossary?q=kubernets")
    items = re.findall(r'<a class="term" href="[^"]+">([^<]+)</a>\s*(?:<span class="note">([^<]+)</span>)?\s*'
                       r"<p>([^<]*)</p>", page.text)
    shown = {unescape(name): (note, unescape(text)) for name, note, text in items}
    assert shown["Kubernetes"] == ("Best match", glossary.term("kubernetes").short_definition)
    ae = glossary.term("ae") or next(t for t in glossary.terms.all() if t.term == "AE")
    assert shown["AE"][0] == "Mentions it"
    assert shown["AE"][1].startswith("Example: ") and "Kubernetes" in shown["AE"][1]
    assert ae.short_definition not in shown["AE"][1]
