"""The chart in a real browser: Debian's headless Chromium driven by selenium.

Skipped only when Chromium or its driver is not installed (CI installs both, see .ci/run).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chronology.timeline import Timeline

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
                       reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"),
]

webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install '.[test]')")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--allow-file-access-from-files"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def open_chart(browser: Any, page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page.as_uri())
    WebDriverWait(browser, 30).until(
        lambda d: d.execute_script("return document.querySelectorAll('.main-svg .ytick text').length > 0"))


def severe(browser: Any) -> list[dict[str, Any]]:
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def test_chart_draws_every_bar_and_no_script_runs(browser: Any, small: Timeline, tmp_path: Path) -> None:
    """The page loads offline with no console errors, draws one SVG bar per likely piece and
    band step, shows the XSS label as text and never runs its onerror handler."""
    fig = small.figure()
    expected = sum(len(t.x) for t in fig.data if t.type == "bar")
    page = small.to_html(tmp_path / "timeline.html", title="Browser check")
    open_chart(browser, page)
    assert severe(browser) == []
    drawn = browser.execute_script(
        "return document.querySelectorAll('.cartesianlayer .subplot.xy .barlayer .point').length")
    assert drawn == expected
    assert browser.execute_script("return window.__xss") is None
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    ticks = browser.execute_script(
        "return Array.from(document.querySelectorAll('.ytick text')).map(t => t.textContent)")
    assert "<img src=x onerror=window.__xss=1>" in ticks
    markers = browser.execute_script(
        "return document.querySelectorAll('.cartesianlayer .subplot.xy .scatterlayer .point').length")
    assert markers == sum(len(t.x) for t in fig.data if t.meta == "points")


def test_hover_shows_the_details(browser: Any, small: Timeline, tmp_path: Path) -> None:
    """Hovering a bar opens a box with the label, the dates in words and the sentence, as text."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = small.to_html(tmp_path / "hover.html")
    open_chart(browser, page)
    bars = browser.find_elements(By.CSS_SELECTOR, ".cartesianlayer .subplot.xy .barlayer .trace:last-child .point path")
    assert bars
    ActionChains(browser).move_to_element(bars[0]).perform()
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.querySelector('.hoverlayer .hovertext') !== null"))
    text = browser.execute_script("return document.querySelector('.hoverlayer').textContent")
    assert "likely:" in text
    assert browser.execute_script("return window.__xss") is None
    assert severe(browser) == []


def test_large_timeline_renders(browser: Any, tmp_path: Path) -> None:
    """A 6,000-event timeline (density strips) renders without console errors."""
    from chronology.model import Event, Span

    events = [Event(f"e{i}", Span.of(f"{1990 + i % 10}-{1 + i % 12:02d}", "month")) for i in range(6000)]
    page = Timeline(events, published="2000-01-15").to_html(tmp_path / "big.html", group_by="granularity")
    open_chart(browser, page)
    assert severe(browser) == []
    assert browser.execute_script("return document.querySelectorAll('.heatmaplayer image, .hm image').length") >= 1
