"""`kfp bench --plans N` against a Chroma server instead of Chroma on disk.

`python scripts/bench_chroma_server.py --plans 200 [--workdir DIR] [kfp bench options...]` starts
`chroma run` (the chromadb package's server) on a free loopback port with its data in DIR/chroma-server,
runs the bench with KFP_CHROMA_URL pointing at it, and stops the server, whatever happens. The
embedder is whatever KFP_EMBEDDINGS says (KFP_EMBEDDINGS=fake for the scale runs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`chroma run` on loopback with its data in `data`; returns the process and its URL once it answers."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    log = (data.parent / "chroma-server.log").open("wb")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
            return proc, url
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise SystemExit(
                    f"chroma server did not start; see {data.parent / 'chroma-server.log'}"
                ) from None
            time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--workdir", type=Path, default=None)
    args, rest = parser.parse_known_args()
    with tempfile.TemporaryDirectory(prefix="kfp-bench-server-") as tmp:
        workdir = args.workdir or Path(tmp)
        data = workdir / "chroma-server"
        data.mkdir(parents=True, exist_ok=True)
        proc, url = start_server(data)
        try:
            env = {**os.environ, "KFP_CHROMA_URL": url}
            command = [sys.executable, "-m", "kfp_assistant.app.cli", "bench", "--plans", str(args.plans)]
            command += ["--workdir", str(workdir / "bench"), *rest]
            code = subprocess.call(command, env=env)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
        print(f"chroma server data: {size / 1e6:.0f} MB")
    raise SystemExit(code)


if __name__ == "__main__":
    main()
