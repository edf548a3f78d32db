"""A small W3C WebDriver client over the standard library, driving Debian's headless Chromium through
``chromedriver`` for the browser tests of the web UI (``tests/test_web_browser.py``): nothing is
downloaded at run time and no package beyond Python's own is needed."""
from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  "--window-size=1280,900", "--lang=ru"]


def find_chromium() -> tuple[str, str] | None:
    """The paths of Chromium and chromedriver, or None when either is missing."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriverError(RuntimeError):
    pass


class Browser:
    """One headless Chromium session: ``open(url)``, ``css(selector)``, ``js(script)``, ``screenshot(path)``."""

    def __init__(self, browser: str, driver: str, timeout: float = 20.0):
        self.profile = tempfile.mkdtemp(prefix="khronika-chromium-")
        port = free_port()
        self.process = subprocess.Popen([driver, f"--port={port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        self.session = None
        try:
            self._wait_ready(timeout)
            caps = {"browserName": "chrome", "goog:chromeOptions": {
                "binary": browser, "args": [*CHROMIUM_FLAGS, f"--user-data-dir={self.profile}"]}}
            reply = self._call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
            self.session = reply["sessionId"]
            self._call("POST", self._s("/timeouts"), {"script": 10000, "pageLoad": 20000, "implicit": 0})
        except BaseException:
            self.close()
            raise

    def _wait_ready(self, timeout: float) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if self._call("GET", "/status").get("ready"):
                    return
            except (OSError, WebDriverError):
                pass
            time.sleep(0.1)
        raise WebDriverError("chromedriver did not start")

    def _s(self, path: str) -> str:
        return f"/session/{self.session}{path}"

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as exc:
            try:
                value = json.loads(exc.read()).get("value", {})
            except ValueError:
                value = {}
            raise WebDriverError(f"{value.get('error', exc.code)}: {value.get('message', '')[:300]}") from None

    def open(self, url: str) -> None:
        self._call("POST", self._s("/url"), {"url": url})

    def js(self, script: str, *args):
        """Run ``script`` (a function body; ``arguments`` are ``args``) in the page and return its value."""
        return self._call("POST", self._s("/execute/sync"), {"script": script, "args": list(args)})

    def css(self, selector: str) -> list[dict]:
        """The element references matching a CSS selector."""
        return self._call("POST", self._s("/elements"), {"using": "css selector", "value": selector})

    def click(self, element: dict) -> None:
        self._call("POST", self._s(f"/element/{element[ELEMENT]}/click"))

    def text(self, element: dict) -> str:
        return self._call("GET", self._s(f"/element/{element[ELEMENT]}/text"))

    def type_into(self, element: dict, text: str) -> None:
        self._call("POST", self._s(f"/element/{element[ELEMENT]}/value"), {"text": text})

    def wait(self, condition, timeout: float = 10.0, what: str = "the page"):
        """Poll ``condition()`` until it gives something true, and return that."""
        end = time.monotonic() + timeout
        while True:
            value = condition()
            if value:
                return value
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.05)

    def wait_css(self, selector: str, timeout: float = 10.0) -> list[dict]:
        return self.wait(lambda: self.css(selector), timeout, what=selector)

    def resize(self, width: int, height: int) -> None:
        self._call("POST", self._s("/window/rect"), {"width": width, "height": height})

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self._call("GET", self._s("/screenshot"))))
        return path

    def close(self) -> None:
        try:
            if self.session:
                self._call("DELETE", self._s(""))
        except (OSError, WebDriverError):
            pass
        finally:
            self.session = None
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)


def chromium_or_skip():
    """Chromium and chromedriver, or skip (in CI, ``CI=true``, fail) saying what is missing."""
    import pytest

    found = find_chromium()
    if found is None:
        message = ("no headless Chromium: the browser tests need Debian's chromium and chromium-driver "
                   "(scripts/ensure_chromium.sh installs them)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found
