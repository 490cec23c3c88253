#!/usr/bin/env python3
"""prr's build benchmark: times the release `prr build` on a synthetic organisation
of N reviews, side by side with Hugo (same reviews as plain pages) and the
libcmark floor (the `cmark` CLI over every body), interleaved so each tool sees
the same machine conditions, and prints medians and ratios.

Usage:
    python3 Tests/Benchmark/bench.py [N ...] [--reps R] [--work DIR] [--prr PATH] [--hugo-max N]
    python3 Tests/Benchmark/bench.py 1000 10000 --reps 3
    python3 Tests/Benchmark/bench.py 10000 100000 --reps 1   # the scaling ratio; no Hugo at 100,000

Corpora are generated once per N (gen_corpus.py, deterministic) under --work
(default /dev/shm/prr-bench: tmpfs, because output trees deleted and rewritten
rep after rep slow down on ext4). Hugo and cmark are optional: install them
with `apt-get install -y hugo cmark` to get their columns.
"""
import argparse
import os
import re
import threading
import urllib.request
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, cwd):
    """Runs a command, returns (wall seconds, CPU seconds, peak RSS MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        sys.exit(f"{cmd[0]} failed ({result.returncode}): {result.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far; measure each tool in its own process below.
    return wall, cpu


def peak_rss(cmd, cwd):
    """Peak RSS in MB of one run, via GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return int(result.stderr.decode().strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return float("nan")


def wait_idle(pid, timeout=60):
    """Waits until the process has used no CPU for 0.3 s (where /proc
    tells), else for two seconds."""
    stat = f"/proc/{pid}/stat"
    if not os.path.exists(stat):
        time.sleep(2)
        return
    def cpu():
        with open(stat) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    last, still, deadline = cpu(), 0, time.time() + timeout
    while still < 3 and time.time() < deadline:
        time.sleep(0.1)
        now = cpu()
        still = still + 1 if now == last else 0
        last = now


def serve_one_change(prr, corpus, reps):
    """Starts `prr serve` on the corpus, edits one review `reps` times, each
    once serve is idle, and returns, per edit, (the rebuild time serve reports, seconds from the save
    until the edited page is served with the edit, which includes serve noticing
    the save: inotify on Linux, polling with PRR_SERVE_POLL set or elsewhere)."""
    proc = subprocess.Popen([prr, "serve", "--port", "0"], cwd=corpus,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines, ready = [], threading.Event()
    port = []

    def read():
        for line in proc.stderr:
            if line.startswith(("Built", "Rebuilt", "Serving")):
                lines.append(line)
                match = re.search(r"http://[^:]+:(\d+)/", line)
                if match:
                    port.append(int(match.group(1)))
                    ready.set()
    threading.Thread(target=read, daemon=True).start()
    reviews = os.path.join(corpus, "Content", "reviews")
    name = sorted(os.listdir(reviews))[len(os.listdir(reviews)) // 2]
    path = os.path.join(reviews, name)
    original = open(path).read()
    results = []
    try:
        if not ready.wait(600):
            sys.exit("prr serve did not start")
        page = f"http://127.0.0.1:{port[0]}/reviews/{name.rsplit('.', 1)[0]}.html"
        for rep in range(reps):
            # One change: the edit comes once serve has finished with the last
            # (its background work, such as listing every page), as a save
            # after reading the page does.
            wait_idle(proc.pid)
            marker = f"BENCH-EDIT-{rep}-{time.time_ns()}"
            rebuilt = sum(1 for line in lines if line.startswith("Rebuilt"))
            with open(path, "w") as review:
                review.write(original.rstrip("\n") + f"\n\n{marker}\n")
            saved = time.perf_counter()
            while True:
                if time.perf_counter() - saved > 300:
                    sys.exit(f"prr serve did not show the edit of {name} within 300 s")
                try:
                    if marker in urllib.request.urlopen(page, timeout=60).read().decode():
                        break
                except OSError:
                    pass
                time.sleep(0.02)
            visible = time.perf_counter() - saved
            while sum(1 for line in lines if line.startswith("Rebuilt")) == rebuilt:
                time.sleep(0.02)
            reported = float(re.search(r"([\d.]+) s$", lines[-1].strip()).group(1))
            results.append((reported, visible))
    finally:
        with open(path, "w") as review:
            review.write(original)
        proc.terminate()
        proc.wait()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--work", default="/dev/shm/prr-bench")
    parser.add_argument("--prr", default=os.path.join(ROOT, ".build/release/prr"))
    parser.add_argument("--hugo-max", type=int, default=20000,
                        help="time Hugo only up to this size (it took 2.4 GB at 10,000 reviews; "
                             "100,000 does not fit in this machine's memory)")
    args = parser.parse_args()

    if not os.path.exists(args.prr):
        print("building release prr…", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "prr"], cwd=ROOT, check=True)
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark")
    os.makedirs(args.work, exist_ok=True)

    print(f"{'N':>7} {'tool':<22} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
    previous = None  # (size, median prr build wall) of the size before, for the scaling ratio
    for n in args.sizes:
        corpus = os.path.join(args.work, f"n{n}")
        if not os.path.exists(os.path.join(corpus, "Content")):
            subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), corpus, str(n)] + ([] if hugo else ["--no-hugo"]),
                           check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(args.work, f"out{n}")
        prr_cmd = [args.prr, "build", "-q", "--output", out, "--force", "--no-cache"]
        cached_cmd = [args.prr, "build", "-q", "--output", out, "--force", "--cache-dir", os.path.join(args.work, "cache")]
        results = {"prr build": [], "prr no-change rebuild": [], "hugo": [], "cmark floor": []}
        bodies = None
        if cmark:
            bodies = os.path.join(args.work, f"bodies{n}.md")
            if not os.path.exists(bodies):
                with open(bodies, "w") as all_bodies:
                    reviews = os.path.join(corpus, "Content", "reviews")
                    for name in sorted(os.listdir(reviews)):
                        text = open(os.path.join(reviews, name)).read()
                        all_bodies.write(text.split("\n---\n", 1)[-1] + "\n\n")
        hugo_site = os.path.join(corpus, "hugo")
        if hugo and not os.path.isdir(hugo_site):
            print(f"{n:>7} (corpus made without its Hugo twin: delete {corpus} to time Hugo)", file=sys.stderr)
        use_hugo = hugo and os.path.isdir(hugo_site) and n <= args.hugo_max
        for _ in range(args.reps):
            shutil.rmtree(out, ignore_errors=True)
            results["prr build"].append(run(prr_cmd, corpus))
            if use_hugo:
                public = os.path.join(corpus, "hugo", "public")
                shutil.rmtree(public, ignore_errors=True)
                results["hugo"].append(run([hugo, "--quiet"], os.path.join(corpus, "hugo")))
            if bodies:
                results["cmark floor"].append(run([cmark, bodies], corpus))
        # The no-change rebuild: one build records its fingerprint (files written
        # in the last two seconds are not trusted, so wait that out), then
        # unchanged rebuilds keep the output.
        time.sleep(2)
        run(cached_cmd, corpus)
        for _ in range(args.reps):
            results["prr no-change rebuild"].append(run(cached_cmd, corpus))
        serve = serve_one_change(args.prr, corpus, args.reps)
        peaks = {"prr build": peak_rss(prr_cmd, corpus)}
        if use_hugo:
            shutil.rmtree(os.path.join(corpus, "hugo", "public"), ignore_errors=True)
            peaks["hugo"] = peak_rss([hugo, "--quiet"], os.path.join(corpus, "hugo"))
        medians = {}
        for tool, runs in results.items():
            if not runs:
                continue
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            medians[tool] = wall
            peak = peaks.get(tool, float("nan"))
            print(f"{n:>7} {tool:<22} {wall:>8.2f} {cpu:>8.2f} {peak:>8.0f}")
        rebuild = statistics.median(r[0] for r in serve)
        visible = statistics.median(r[1] for r in serve)
        print(f"{n:>7} {'serve: one-change rebuild':<22} {rebuild:>8.2f}")
        print(f"{n:>7} {'serve: save to new page':<22} {visible:>8.2f}")
        print(f"{n:>7} {'ratio no-change/full':<22} {medians['prr no-change rebuild'] / medians['prr build']:>8.3f}")
        if "hugo" in medians:
            print(f"{n:>7} {'ratio prr/hugo (wall)':<22} {medians['prr build'] / medians['hugo']:>8.2f}")
        if "cmark floor" in medians:
            print(f"{n:>7} {'ratio prr/cmark floor':<22} {medians['prr build'] / medians['cmark floor']:>8.2f}")
        if previous:
            # Linear scaling makes this the size ratio (10 for 10,000 after 1,000).
            label = f"ratio build {n}/{previous[0]}"
            print(f"{n:>7} {label:<22} {medians['prr build'] / previous[1]:>8.2f}")
        previous = (n, medians["prr build"])


if __name__ == "__main__":
    main()
