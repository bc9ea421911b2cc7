"""Debian's Chromium driven by Playwright (never a browser Playwright downloads): the
flags keep it off the network, which this machine closes and the report must not need.
`make browser` installs Chromium; a test that needs it fails, never skips, without it."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OFFLINE_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium_page(width: int = 1200, height: int = 900):
    """A page, and the list every console error, page error or non-file request of it
    is appended to."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=OFFLINE_FLAGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on(
                "console",
                lambda message: (
                    problems.append(f"console: {message.text}") if message.type == "error" else None
                ),
            )
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on(
                "request",
                lambda request: (
                    None
                    if request.url.startswith(("file://", "data:"))
                    else problems.append(f"network: {request.url}")
                ),
            )
            yield page, problems
        finally:
            browser.close()
