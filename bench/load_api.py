"""Load on the read API: ``--clients`` concurrent clients for ``--seconds`` on loopback against
``khronika serve`` (a subprocess, so that the clients do not share its interpreter), each client asking
the routes of the API in turn (lists, one document, one event, one entity, search).  Reports the
requests, the errors (any answer but 200, or no answer) and the latency percentiles.

    python -m bench.load_api --db STORE [--clients 200] [--seconds 60]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(db: str | Path, port: int | None = None, wait_s: float = 60.0):
    """``khronika serve --db db`` on loopback for the block; yields its base URL."""
    port = port or free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]),
                                                                    os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "khronika.cli", "serve", "--db", str(db), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                if httpx.get(base + "/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start: {proc.stderr.read().decode(errors='replace')[-500:]}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def routes(base: str) -> list[str]:
    """The URLs the clients ask, in turn: every list, and one record of each kind the store has."""
    urls = ["/", "/documents", "/events", "/entities", "/quotes", "/stances", "/formats", "/search?q=переговоры"]
    for listing, one in (("/documents", "/documents/{}"), ("/events", "/events/{}"), ("/entities", "/entities/{}")):
        items = httpx.get(base + listing, params={"limit": 1}, timeout=30).json()["items"]
        if items:
            urls.append(one.format(items[0]["id"]))
    return urls


async def _client(client: httpx.AsyncClient, urls: list[str], start: int, deadline: float,
                  latencies: list[float], errors: list[str]) -> None:
    i = start
    while time.monotonic() < deadline:
        url = urls[i % len(urls)]
        i += 1
        began = time.perf_counter()
        try:
            response = await client.get(url)
            if response.status_code != 200:
                errors.append(f"{url}: {response.status_code}")
        except httpx.HTTPError as exc:
            errors.append(f"{url}: {type(exc).__name__}")
        latencies.append(time.perf_counter() - began)


async def _load(base: str, clients: int, seconds: float, urls: list[str]) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    # idle connections dropped after 2 s, before uvicorn closes them (after 5 s): no request is sent on a
    # connection the server is closing at that moment
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=httpx.Timeout(60.0)) as client:
        began = time.monotonic()
        deadline = began + seconds
        await asyncio.gather(*(_client(client, urls, n, deadline, latencies, errors) for n in range(clients)))
        return latencies, errors, time.monotonic() - began


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


def run(base: str, clients: int = 200, seconds: float = 60.0) -> dict:
    """Load ``base`` with ``clients`` concurrent clients for ``seconds``; the figures."""
    urls = routes(base)
    latencies, errors, took = asyncio.run(_load(base, clients, seconds, urls))
    ms = {f"p{p}_ms": round(percentile(latencies, p) * 1000, 1) for p in (50, 95, 99)}
    return {"clients": clients, "seconds": round(took, 1), "routes": len(urls), "requests": len(latencies),
            "requests_per_s": round(len(latencies) / took, 1) if took else 0.0, "errors": len(errors),
            "error_kinds": sorted(set(errors))[:10], **ms,
            "max_ms": round(max(latencies, default=0) * 1000, 1)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="The store to serve.")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    with server(args.db) as base:
        print(json.dumps(run(base, args.clients, args.seconds), ensure_ascii=False))


if __name__ == "__main__":
    main()
