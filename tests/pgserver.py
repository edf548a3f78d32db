"""A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, reached through a
Unix socket there (no TCP port), started with the server binaries of Debian's ``postgresql``
package (``initdb``, ``pg_ctl``) and stopped at the end of the test session.

``KHRONIKA_TEST_PG`` (a URL of a server where the tests may create and drop databases) is used
instead when set.  ``python -m tests.pgserver`` starts one, prints its URL and waits.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SERVER_USER = "postgres"  # the server refuses to run as root: it runs as this user then


def server_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: Debian's newest, or the one on PATH."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name),
                         reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


class Server:
    """``start()`` → the URL of the server's ``postgres`` database (or raises ``RuntimeError`` with
    the reason no server could be started); ``stop()`` stops it and removes its folder."""

    def __init__(self):
        self.folder: Path | None = None
        self.bin = server_bin()

    def _run(self, *args: str) -> None:
        as_user = ["runuser", "-u", SERVER_USER, "--"] if os.geteuid() == 0 else []
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{Path(args[0]).name} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> str:
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server here (initdb not found); install Debian's postgresql package")
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SERVER_USER)
            except KeyError:
                raise RuntimeError(f"running as root and there is no user {SERVER_USER!r} to run the server") from None
        self.folder = Path(tempfile.mkdtemp(prefix="khronika-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, SERVER_USER)
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "khronika", "-E", "UTF8",
                  "--locale=C.UTF-8")
        options = f"-k {self.folder} -c listen_addresses='' -c fsync=off -p 5432"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w",
                  "start")
        return f"postgresql://khronika@/postgres?host={self.folder}"

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


if __name__ == "__main__":
    server = Server()
    print(server.start(), flush=True)
    try:
        input("PostgreSQL is running; press Enter to stop it\n")
    finally:
        server.stop()
