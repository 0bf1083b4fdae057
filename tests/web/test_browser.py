"""The web glossary in a real headless Chromium (Debian's chromium + chromium-driver, through Selenium).

The journey starts from a link in a real Slack reply (signed slash command, fake Slack Web API) and
writes a screenshot of every page at desktop (1280 px) and phone (375 px) width to SCREENSHOTS
(git-ignored; the README's copies are in docs/screenshots/). Without Chromium these tests skip on a
laptop, but FAIL in CI (CI=true): CI must prove the pages work in a browser.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes import FakeSlackAPI
from tests.slack.conftest import SlackServer
from tests.web.conftest import key_of

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = os.environ.get("JARGON_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("JARGON_TEST_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")
WIDTHS = {"desktop": 1280, "phone": 375}


def _missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).is_file() or shutil.which(path)):
            return f"{path} is not installed (apt-get install -y chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture
def browser(tmp_path: Path) -> Iterator:
    missing = _missing()
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs a real browser for the web glossary tests: {missing}")
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    driver.implicitly_wait(5)  # an element a page has not drawn yet is waited for, not missed
    yield driver
    driver.quit()


def shoot(driver, name: str) -> None:  # noqa: ANN001
    """The whole page at each width, and at phone width nothing may scroll sideways."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for label, width in WIDTHS.items():
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500})
        height = min(int(driver.execute_script("return document.documentElement.scrollHeight")), 4000)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})
        overflow = driver.execute_script("return document.documentElement.scrollWidth")
        assert overflow <= width, f"{name} scrolls sideways at {width} px ({overflow} px wide)"
        assert driver.save_screenshot(str(SCREENSHOTS / f"{name}-{label}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def slack_link(server: SlackServer, slack_api: FakeSlackAPI, query: str) -> str:
    """The "Open in the glossary" URL of a real /whatis reply."""
    slack_api.reset()
    server.command("/whatis", query, user="W777", response_url=slack_api.response_url("cmd"))
    post = slack_api.wait_for("response_url")[0]
    return next(e["url"] for b in post.blocks if b.get("type") == "actions" for e in b["elements"] if "url" in e)


def past_weeks(glossary: Glossary) -> None:
    """Eleven weeks of questions and votes before this one, so the dashboard has something to draw."""
    clock: FixedClock = glossary.clock  # type: ignore[assignment]
    now = clock.now
    asked = ("SLA", "KPI", "what is EBITDA", "churn", "flibbertigibbet", "MVP", "kubernets", "ROI", "zorblat")
    for week in range(11, 0, -1):
        clock.now = now - timedelta(weeks=week)
        for n in range(4 + (week * 7) % 9):
            result = glossary.ask(asked[(n + week) % len(asked)], user=f"slack:U{(n * week) % 6}", platform="slack")
            if result.status == "answer" and n % 3 == 0:
                glossary.activity.record_feedback(result.matches[0].id, True, user="slack:U1", platform="slack")
    clock.now = now


def h1(driver, expected: str = "") -> str:  # noqa: ANN001
    """The page's heading, once it starts with `expected`: a click's page may still be loading, and the
    old page's heading goes stale under the reader on a busy machine."""
    from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def heading(d) -> str | bool:  # noqa: ANN001
        text = d.find_element(By.TAG_NAME, "h1").text
        return text if text.startswith(expected) else False

    try:
        return WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,)).until(heading)
    except TimeoutException:
        return driver.find_element(By.TAG_NAME, "h1").text


def test_from_a_slack_link_through_search_terms_and_the_dashboard(browser, start_web: Callable[..., SlackServer],
                                                                  slack_api: FakeSlackAPI) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    server = start_web()
    past_weeks(server.glossary)
    url = slack_link(server, slack_api, "SLA")
    assert "key=" in url
    browser.get(url)
    assert browser.current_url == server.url + "/glossary/terms/sla"  # the key is gone from the address
    assert h1(browser, "SLA").startswith("SLA")
    shoot(browser, "term")

    browser.find_element(By.LINK_TEXT, "Terms").click()
    assert h1(browser, "Glossary").startswith("Glossary")
    shoot(browser, "index")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert browser.switch_to.active_element.text == "Skip to the content"  # the keyboard's first stop

    field = browser.find_element(By.ID, "q")
    label = browser.find_element(By.CSS_SELECTOR, "label[for=q]")
    assert label.text == "Search the glossary"
    field.send_keys("kubernets", Keys.ENTER)  # a typo
    first = WebDriverWait(browser, 10).until(  # the results page, once it has loaded (a busy machine is slow)
        lambda driver: "q=" in driver.current_url and driver.find_element(By.CSS_SELECTOR, "ul.terms li a.term"))
    assert first.text == "Kubernetes"
    shoot(browser, "search")

    first.click()
    assert h1(browser, "Kubernetes").startswith("Kubernetes")
    related = browser.find_elements(By.CSS_SELECTOR, "ul.related a")
    assert related, "Kubernetes has related terms"
    name = related[0].text
    related[0].click()
    assert h1(browser, name).startswith(name) or name.lower() in browser.page_source.lower()
    assert "/glossary" in browser.current_url and browser.current_url != server.url + "/glossary/terms/kubernetes"

    browser.find_element(By.LINK_TEXT, "Dashboard").click()
    assert h1(browser, "Dashboard").startswith("Dashboard")
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) == 4 and all(c.size["width"] > 200 and c.size["height"] > 50 for c in charts)
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    assert len(bars) == 36
    assert any(bar.size["height"] > 10 for bar in bars), "this week's questions are drawn as a visible bar"
    fill = browser.execute_script("return getComputedStyle(arguments[0]).fill", bars[-1])
    assert fill not in ("", "none", "rgb(0, 0, 0)"), fill  # styled by glossary.css (the CSP allowed it)
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart polyline.line, svg.chart circle.dot")
    shoot(browser, "dashboard")


def test_a_tampered_key_shows_how_to_get_a_link(browser, start_web: Callable[..., SlackServer],
                                                slack_api: FakeSlackAPI) -> None:
    server = start_web()
    url = slack_link(server, slack_api, "SLA")
    key = key_of(url)
    browser.get(url.replace(key, key[:-3] + ("xyz" if not key.endswith("xyz") else "abc")))
    assert h1(browser) == "A personal link is needed"
    assert "glossary web" in browser.page_source
    browser.get(server.url + "/glossary/dashboard")
    assert h1(browser) == "A personal link is needed"  # no session was opened
    shoot(browser, "denied")
