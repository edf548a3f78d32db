"""The report as PDF: the same HTML printed by a headless Chromium (Debian's ``chromium``; ``make test``
installs it through scripts/ensure_chromium.sh).  ``KHRONIKA_CHROMIUM`` names another binary."""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import KhronikaError

PDF_TIMEOUT_S = 120  # seconds Chromium may take to print one report


def chromium() -> str | None:
    """The Chromium binary to print with, or ``None``."""
    named = os.environ.get("KHRONIKA_CHROMIUM")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next((found for name in ("chromium", "chromium-browser", "google-chrome")
                 if (found := shutil.which(name))), None)


def render_pdf(html_file: Path, output: Path) -> None:
    """Print ``html_file`` to ``output`` (whole or not at all); ``E_PDF`` when Chromium is missing or fails."""
    binary = chromium()
    if binary is None:
        raise KhronikaError("E_PDF", detail="no Chromium found (install Debian's chromium, or set KHRONIKA_CHROMIUM)")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    with tempfile.TemporaryDirectory(prefix="khronika-chromium-") as profile:
        command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                   "--no-first-run", "--no-pdf-header-footer", f"--user-data-dir={profile}",
                   f"--print-to-pdf={partial}", html_file.resolve().as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PDF_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise KhronikaError("E_PDF", detail=str(exc)) from None
    if done.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        last = (done.stderr or done.stdout or "").strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        raise KhronikaError("E_PDF", detail=f"Chromium could not print the report ({last[0]})")
    os.replace(partial, output)
