"""Hostile input: CPU time per message on every entry point, and what other users feel meanwhile.

    python bench/pathological.py                 # shapes + Hypothesis + a live `jargon serve` (about 1 minute)
    python bench/pathological.py --no-server     # the in-process part only
    python bench/pathological.py --json bench/results/pathological.json

Part 1 runs every shape (the ones issue 12 found, about 40,000 characters each, plus random ones
that Hypothesis builds from markup fragments and repeats up to the input cap) through the bot core
on every entry point: ask (a DM), explain (the "Explain jargon" shortcut), watch (a message in a
watched channel), suggest and add (`glossary suggest/add X = ...`, and the name side), and import
(a YAML file with the shape as definition, alias and name). It reports CPU milliseconds per
message (time.process_time). Target: <= 50 ms for any message up to the input cap.

Part 2 starts the fake Slack API and a real `jargon serve` (as bench/load.py does), sends each
shape as a signed Slack DM and, while the server handles it, polls GET /healthz and another
user's `/whatis SLA` (time until the answer reached the fake response_url). Target: <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # `python bench/pathological.py` from a checkout

from bot.config import BotConfig  # noqa: E402
from bot.core import Bot  # noqa: E402
from bot.limits import MAX_INPUT_CHARS  # noqa: E402
from bot.messages import Action, Conversation, IncomingMessage, Reply, User  # noqa: E402
from glossary.sanitize import MAX_RAW_FACTOR  # noqa: E402
from glossary.service import Glossary  # noqa: E402
from glossary.yaml_io import MAX_DEFINITION  # noqa: E402

ADMIN = User("slack", "UADMIN")
MEMBER = User("slack", "UMEMBER")
#: The shapes issue 12 found (about 40,000 characters each).
SHAPES: dict[str, str] = {
    "a.": "a." * 20000, ".x": ".x" * 20000, "<!": "<!" * 20000, ".": "." * 40000, "1.": "1." * 20000,
    "a_": "a_" * 20000, "<@": "<@" * 20000, "<at>": "<at>" * 10000, "<https://a": "<https://a" * 4000,
    "&lt;!": "&lt;!" * 6000,
    # issue 13's readings of other languages and pasted quotes: laughter after a question asked after its term,
    # postpositions, particles and quoted passages, repeated
    "qué es ja": "sprint qué es " + "ja" * 20000 + " ni idea", "kya hai": "a mein b kya hai yaar " * 2000,
    "itu apa": "itu apa ya sih " * 2600, "passage": '"a b c d e f?" x? ' * 2200, "pis": "pis c quoi " * 3600,
    # readings of: Swahili phrases and verbs, a report asked of "anyone", a small acronym spelled
    # out, a who/how-many question, a dated value question, an emoji before a pair
    "ni nini": "na CPI ni nini maana yake " * 1500, "maana": "maana" + "\n" * 30000 + "x",
    "wanauliza": "wanauliza kubernetes ya " * 1600, "anyone": "the vpn keeps dropping anyone " * 1300 + "?",
    "seo (": "seo (search engine optimization), " * 1100, "who on": "who signed off on the MOU and " * 1300 + "?",
    "last quarter": "what was the EPS for last quarter and " * 1000, "😅 vs": "so I care 😅 opex vs capex " * 1500,
    # readings of: Indonesian, Tagalog, Vietnamese, Turkish, Russian, German and Arabic phrases, a
    # foreign guess, a pronoun after "on", "anyone ...ed", a code before a term, a long modifier run
    "apa sih kak": "etf apa sih kak ya " * 2000, "ano yung": "ano yung po ba MSP at " * 1800,
    "la gi": "HMAC la gi vay anh khac " * 1600, "ne demek": "CDN'den ne demek bu farkı ne " * 1400,
    "chto eto": "chto takoe i chto eto v " * 1600, "was heisst": "CVE, was heisst das genau bitte " * 1300,
    "shu ya3ni": "shu ya3ni X ya3ni " * 2200, "c'est": "UX c'est user experience verdad " * 1300,
    "who's on it": "need the DCF by EOD who's on it " * 1300 + "?", "anyone ed": "anyone verified " * 2500 + "?",
    "340B": "340B pricing 2FA MFA " * 2000, "modifiers": "a most favored nation trade clause " * 1200 + "?",
    # readings of: Nepali, Bengali, Persian, Romanian, Ukrainian, Patois and Scots phrases, words of another
    # language marked in an English reading, a learner's "what it is", a setting before "what is it", a state asked
    "k ho": "DHCP bhaneko k ho ko meaning k " * 1300, "mane ki": "ISO ar QA er tofat ki mane ki " * 1300,
    "chie": "FaaS mokhaffaf-e chie yani chi ro " * 1200, "ce e": "UX ce e pe scurt si ce inseamna " * 1200,
    "whit's wah": "whit's a pricin wah dem is o' " * 1300, "marked": "DUNS numarası porlam ayarlayacaklarmış " * 1000,
    "what it is": "ELK stack, what it is, " * 1800, "setting": "risk with USD deals, what is it doing now " * 1000,
    # readings of: English asked among words of no table's language, Tamil, Greek, Malay and Quebec French phrases,
    # a state after a name, a guess at a term's kind
    "meaning mikä": "SLA meaning mikä on, " * 2000, "na enna": "VLAN na enna da? KPI la problem enna " * 1100,
    "ti einai": "WACC ti einai kai poia i diafora " * 1200, "apa beza": "AES dengan DES apa beza ni apa " * 1300,
    "ça veut dire": "FQDN ça veut dire quoi déjà ça fait quoi " * 1000, "done?": "RFP done? " * 4000,
    "type of": "what is a BPA? is it a type of contract? " * 1000,
    # asking words of languages with no table, their words for who/where, comparisons asked in them
    "hva betyr": "hva betyr SLA mhanje kay co znamená " * 1000, "vem": "vem ansvarar för SOC mennyi kde " * 1200,
    "farak": "RTO ani MTTR madhe farak kay og forskjell " * 1000,
    # another language's words put in English around English words, particles, an opening "and"; an acronym among
    # words of a sense the glossary lacks
    "yini is he": "VDI yini is he a lokhu " * 1600, "og vad är det": "og DUNS vad är det alltså what is " * 1100,
    "by EOD": "send it by EOD today friday browser CORS " * 900,
    # letters no accent makes, particles closing English questions, Hindi "wala", a question marked after "="
    "hvað þýðir sko": "hvað þýðir SLA sko, what is it sko? jæja " * 900,
    "wala = ?": "PAM wala CA kya hai ye = ? " * 1200,
    # romanised spellings, a word pointing back before blanks, later sentences asking of their own term
    "ennu vechaal": "KPI ennu vechaal entha athu enthaanu kisa yon ye " * 800,
    "the word": "what does the word" + " " * 30000 + "mean",
    "what X is": "citrix guy saw VDI. what VDI is exactly? " * 900,
    # a name asked by the words after it, in a language with no word listed
    "chi ast": "salam, SIEM chi ast? OPEX kana bhai\n" + "ARP ni iki " * 3000,
    "ni iki?": "the bank keeps keys in an HSM. " * 3000 + "ni iki?",
    "SAN au NAS": "SAN au NAS au SLA au KPI " * 2500 + "same kina?",
}
#: What random shapes are built from: the characters every pattern keys on.
FRAGMENTS = ["a", "A", "1", ".", "_", "-", "/", "@", ":", "<", ">", "!", "#", "|", "&", ";", "lt", "amp", "<at>",
             "</at>", "<@U1", "<!", "<#C", "<https://", "http://", "www.", "`", "```", "~", "*", " ", "\n", "é",
             "com", ".com", ".py", "$A", "=", "?", "(", ")", "'", '"', "explain", "what is "]


def fill(unit: str, size: int = MAX_INPUT_CHARS) -> str:
    """`unit` repeated up to `size` characters: a short pattern becomes a worst case."""
    return (unit * (size // max(1, len(unit)) + 1))[:size] if unit else ""


class EntryPoints:
    """Each way a message reaches the core, as one callable that takes the hostile text."""

    def __init__(self, glossary: Glossary) -> None:
        self.bot = Bot(glossary, BotConfig(admins=frozenset({ADMIN.key})))
        self.bot.handle(self._msg("glossary watch on 0", ADMIN, "CWATCH", "channel"))

    @staticmethod
    def _msg(text: str, user: User, channel: str = "D1", kind: str = "dm", **extra: object) -> IncomingMessage:
        return IncomingMessage(text, user, Conversation("slack", channel, kind), **extra)  # type: ignore[arg-type]

    def ask(self, text: str) -> list[Reply]:
        return self.bot.handle(self._msg(text, MEMBER))

    def explain(self, text: str) -> list[Reply]:
        return self.bot.act(Action("explain_text", {"text": text}, MEMBER, Conversation("slack", "D1")))

    def watch(self, text: str) -> list[Reply]:
        return self.bot.observe(self._msg(text, MEMBER, "CWATCH", "channel"))

    def suggest(self, text: str) -> list[Reply]:
        return (self.bot.handle(self._msg("glossary suggest X = " + text, MEMBER))
                + self.bot.handle(self._msg("glossary suggest " + text + " = a definition", MEMBER)))

    def add(self, text: str) -> list[Reply]:
        return (self.bot.handle(self._msg("glossary add X = " + text, ADMIN))
                + self.bot.handle(self._msg("glossary add " + text + " = a definition", ADMIN)))

    def suggest_field(self, text: str) -> list[Reply]:
        """The same, cut to what a definition may take before it is refused unread."""
        return self.suggest(text[:MAX_DEFINITION * MAX_RAW_FACTOR])

    def add_field(self, text: str) -> list[Reply]:
        return self.add(text[:MAX_DEFINITION * MAX_RAW_FACTOR])

    def import_(self, data: bytes) -> list[Reply]:
        return self.bot.handle(self._msg("glossary import", ADMIN, attachment=data))

    @staticmethod
    def import_file(text: str) -> bytes:
        """A YAML file with the shape as a definition, an alias and a name (built outside the timing)."""
        return yaml.safe_dump({"terms": [{"term": "X", "definition": text}, {"term": "Y", "definition": "d",
                                                                            "aliases": [text]},
                                         {"term": text, "definition": "d"}]}, allow_unicode=True).encode()

    def all(self) -> dict[str, Callable[[str], list[Reply]]]:
        return {"ask": self.ask, "explain": self.explain, "watch": self.watch, "suggest": self.suggest,
                "suggest (field cap)": self.suggest_field, "add": self.add, "add (field cap)": self.add_field,
                "import": lambda data: self.import_(data if isinstance(data, bytes) else self.import_file(data))}


def cpu_ms(run: Callable[[str], object], text: str | bytes) -> float:
    start = time.process_time()
    run(text)
    return (time.process_time() - start) * 1000


def random_shapes(count: int, seed: int) -> list[str]:
    """Units that Hypothesis draws from FRAGMENTS (shrinking is irrelevant here), each repeated to the cap."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    units: list[str] = []

    @settings(max_examples=count, database=None, derandomize=False, suppress_health_check=list(HealthCheck),
              deadline=None)
    @given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), min_size=1, max_size=12).map("".join))
    def collect(unit: str) -> None:
        units.append(unit)

    random.seed(seed)
    collect()
    return [fill(u) for u in dict.fromkeys(units) if u][:count]


def core_figures(glossary_path: Path, shapes: dict[str, str]) -> dict[str, dict[str, float]]:
    """CPU ms per (shape, entry point), each on a fresh copy of the starter glossary."""
    tmp = Path(tempfile.mkdtemp(prefix="jargon-patho-"))
    shutil.copyfile(glossary_path, tmp / "g.db")
    glossary = Glossary(tmp / "g.db")
    points = EntryPoints(glossary).all()
    for _ in range(2):  # the first explain builds the detector (again after the warm-up's add): not per message
        for run in points.values():
            run("warm-up: we need to cut CAC before the QBR, says the SLA")
    out: dict[str, dict[str, float]] = {}
    for name, text in shapes.items():
        out[name] = {point: round(cpu_ms(run, EntryPoints.import_file(text) if point == "import" else text), 2)
                     for point, run in points.items()}
    glossary.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


async def server_figures(shapes: dict[str, str]) -> dict[str, dict[str, float]]:
    """Each shape as a signed Slack DM to a real `jargon serve`; /healthz and /whatis latency meanwhile."""
    import aiohttp

    from bench.load import SECRET, Driver, Process, free_port, wait_healthy

    fake_port, port = free_port(), free_port()
    fake, target = f"http://127.0.0.1:{fake_port}", f"http://127.0.0.1:{port}"
    tmp = Path(tempfile.mkdtemp(prefix="jargon-patho-serve-"))
    env = {**__import__("os").environ, "SLACK_BOT_TOKEN": "xoxb-bench-token", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": f"{fake}/api/", "JARGON_DB": str(tmp / "serve.db"), "JARGON_LOG_LEVEL": "WARNING",
           "JARGON_DIGEST_SCHEDULE": "off", "PORT": str(port)}
    for name in ("MicrosoftAppId", "SLACK_APP_TOKEN", "JARGON_TEAMS_DEV"):
        env.pop(name, None)
    procs = [Process([sys.executable, str(HERE / "fake_platforms.py"), "--port", str(fake_port)], env,
                     tmp / "fake.log")]
    out: dict[str, dict[str, float]] = {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        try:
            await wait_healthy(session, fake + "/stats", procs[0])
            server = Process([sys.executable, "-m", "bot", "serve", "--port", str(port), "--host", "127.0.0.1"],
                             env, tmp / "server.log")
            procs.append(server)
            await wait_healthy(session, target + "/healthz", server)
            driver = Driver(session, target, fake, ["slash"], first=1)
            # warm-up: the first explain builds the term detector, the first /whatis the matcher
            await _one_shape(session, driver, fake, target, server, "explain: we need to cut CAC before the QBR", 999)
            for n, (name, text) in enumerate(shapes.items()):
                out[name] = await _one_shape(session, driver, fake, target, server, text, n)
        finally:
            for proc in procs:
                proc.stop()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


async def _one_shape(session, driver, fake: str, target: str, server, text: str, n: int) -> dict[str, float]:  # noqa: ANN001
    """Send one hostile DM; until its reply arrives, probe /healthz and another user's /whatis."""
    channel = f"DPATHO{n}"
    body = json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": f"EvPatho{n}", "event_time": int(time.time()),
                       "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
                       "event": {"type": "message", "channel_type": "im", "user": "UHOSTILE", "channel": channel,
                                 "text": text, "ts": f"{1_700_000_000 + n}.000100"}}).encode()
    async with session.post(fake + "/reset") as resp:
        await resp.read()
    cpu = server.cpu_seconds()
    started = time.monotonic()
    async with session.post(target + "/slack/events", data=body, headers=driver._signed(body, "application/json")) as r:
        await r.read()
    ack_ms = (time.monotonic() - started) * 1000
    health: list[float] = []
    whatis: list[float] = []
    while time.monotonic() - started < 10:
        t0 = time.monotonic()
        async with session.get(target + "/healthz") as resp:
            await resp.read()
        health.append((time.monotonic() - t0) * 1000)
        k = next(driver.counter)
        path, payload, headers = driver.slash(k, "SLA", user="UOTHER")
        t0 = time.monotonic()
        async with session.post(target + path, data=payload, headers=headers) as resp:
            await resp.read()
        arrivals: dict = {}
        while f"r:{k}" not in arrivals and time.monotonic() - t0 < 5:
            async with session.get(fake + "/stats") as resp:
                arrivals = (await resp.json())["arrivals"]
        whatis.append((arrivals.get(f"r:{k}", time.monotonic()) - t0) * 1000)
        if f"s:{channel}" in arrivals:
            break
    return {"dm_ack_ms": round(ack_ms, 1), "dm_reply_ms": round((arrivals.get(f"s:{channel}", time.monotonic())
                                                                  - started) * 1000, 1),
            "server_cpu_ms": round((server.cpu_seconds() - cpu) * 1000, 1),
            "healthz_max_ms": round(max(health), 1), "whatis_max_ms": round(max(whatis), 1), "probes": len(health)}


def render(results: dict) -> str:
    points = list(next(iter(results["core"].values())))
    lines = [f"{'shape (CPU ms per message)':28}" + "".join(f"{p.replace(' (field cap)', '*'):>9}" for p in points)]
    for name, row in results["core"].items():
        lines.append(f"{name[:28]:28}" + "".join(f"{row[p]:>9.1f}" for p in points))
    lines.append("(*: the text cut to 6,000 characters, the most a definition may be before it is refused unread)")
    worst = max((ms, shape, point) for shape, row in results["core"].items() for point, ms in row.items())
    lines.append(f"worst: {worst[0]:.1f} ms ({worst[2]}, {worst[1][:40]!r}); {len(results['core'])} shapes")
    if results.get("server"):
        lines.append(f"\n{'shape (live jargon serve)':28}{'ack':>8}{'reply':>9}{'cpu':>8}{'/healthz':>10}"
                     f"{'/whatis':>9}")
        for name, row in results["server"].items():
            lines.append(f"{name[:28]:28}{row['dm_ack_ms']:>6.1f}ms{row['dm_reply_ms']:>7.1f}ms"
                         f"{row['server_cpu_ms']:>6.1f}ms{row['healthz_max_ms']:>8.1f}ms{row['whatis_max_ms']:>7.1f}ms")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=40, help="random shapes from Hypothesis (default 40)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--no-server", action="store_true", help="skip the live `jargon serve` part")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="jargon-patho-seed-"))
    Glossary(tmp / "seed.db").close()
    shapes = dict(SHAPES)
    shapes.update({f"random {i}: {s[:12]!r}": s for i, s in enumerate(random_shapes(args.random, args.seed))})
    results: dict = {"core": core_figures(tmp / "seed.db", shapes)}
    if not args.no_server:
        results["server"] = asyncio.run(server_figures(SHAPES))
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
