"""Runs the benchmarks in bench/ under minipy and CPython side by side.

    python3 bench/run.py [--minipy PATH] [--runs N] [--timeout S] [NAME ...]

Each bm_*.py program (or those whose name contains one of the NAMEs) runs
N times under each interpreter, the two interleaved so that a change in
the machine's load hits both alike.  Every run's output must be the same
under both: a benchmark that prints something else under minipy is a bug,
and its timing means nothing.

The table gives, for each interpreter, the median CPU time (user + system)
and the median wall time of the runs, the ratio minipy/python3 of the CPU
times (below 1: minipy is faster) and the median peak resident memory.
The ratio is taken on CPU time because it is the steadier of the two on a
busy machine; on an idle one they agree.

CPython is run as sys.executable, the real binary: a version manager's
shim on the PATH (pyenv's is a shell script) would add tens of
milliseconds to every run.
"""
import argparse
import os
import signal
import statistics
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# GNU time reports the peak RSS of the program itself.  The runner cannot
# measure it directly: a child spawned by this (large) Python process
# inherits its high-water mark of resident memory across exec, so wait4's
# ru_maxrss would show the runner's size, not the benchmark's.  time is a
# small C program, and the program it forks starts with a fresh count.
GNU_TIME = "/usr/bin/time"


class Run:
    """One run of one program: what it printed and what it cost."""

    def __init__(self):
        self.wall = self.cpu = None   # seconds
        self.peak = None              # KiB, when measured
        self.stdout = b""
        self.failure = None           # why the run failed, or None


def run_once(argv, timeout):
    """Runs argv once and returns a Run.  The output goes to temporary
    files, read after the program exits: the benchmarks print a few
    lines only."""
    r = Run()
    measure = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as mem:
        if measure:
            argv = [GNU_TIME, "-f", "%M", "-o", mem.name] + argv
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        start = time.perf_counter()
        # Its own process group, so that a timeout kills time's child too.
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions,
                             setpgroup=0)
        timer = threading.Timer(timeout, os.killpg, (pid, signal.SIGKILL))
        timer.start()
        # wait4's times include those of the children the process reaped:
        # the program's own, when time runs it.
        _, wstatus, usage = os.wait4(pid, 0)
        r.wall = time.perf_counter() - start
        timer.cancel()
        r.cpu = usage.ru_utime + usage.ru_stime
        out.seek(0)
        err.seek(0)
        r.stdout, stderr = out.read(), err.read()
        report = mem.read().split()
    if r.wall >= timeout:
        r.failure = "timed out after %ds" % timeout
    elif os.WIFSIGNALED(wstatus):
        r.failure = "killed by signal %d" % os.WTERMSIG(wstatus)
    elif measure and report[:1] == ["Command"] and "signal" in report:
        # time says "Command terminated by signal N" for its child.
        r.failure = "killed by signal %s" % report[-2]
    elif os.WEXITSTATUS(wstatus) != 0:
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        r.failure = "exit status %d: %s" % (os.WEXITSTATUS(wstatus), last[0])
    elif measure and report and report[-1].isdigit():
        r.peak = int(report[-1])
    return r


def median(runs, field):
    values = [getattr(r, field) for r in runs]
    if None in values:
        return None
    return statistics.median(values)


def fmt(value, scale=1.0, spec="%.3f"):
    return "n/a" if value is None else spec % (value / scale)


def bench_one(path, interpreters, nruns, timeout):
    """Runs one benchmark; returns ({name: [Run]}, failure or None)."""
    runs = {who: [] for who, _ in interpreters}
    for i in range(nruns):
        # Alternate which goes first, so neither always runs on a
        # machine the other has just warmed (or loaded).
        order = interpreters if i % 2 == 0 else interpreters[::-1]
        for who, exe in order:
            r = run_once([exe, path], timeout)
            if r.failure:
                return runs, "under %s: %s" % (who, r.failure)
            if runs[who] and runs[who][0].stdout != r.stdout:
                return runs, "%s printed something else on run %d" % (who, i + 1)
            runs[who].append(r)
    outputs = {runs[who][0].stdout for who, _ in interpreters}
    if len(outputs) != 1:
        return runs, "%s's output differs from %s's" % (interpreters[0][0], interpreters[1][0])
    return runs, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    minipy = os.path.abspath(args.minipy)
    python = sys.executable
    if sys.version_info[:2] != (3, 11):
        print("warning: %s is Python %d.%d, not 3.11" % ((python,) + sys.version_info[:2]))
    benches = sorted(f for f in os.listdir(HERE) if f.startswith("bm_") and f.endswith(".py"))
    if args.names:
        benches = [b for b in benches if any(n in b for n in args.names)]
    if not benches:
        sys.exit("no benchmark matches %s" % " ".join(args.names))

    print("minipy:  %s" % minipy)
    print("python3: %s (%s)" % (python, sys.version.split()[0]))
    print("%d runs each, interleaved; medians of CPU time (user+sys), wall time "
          "and peak RSS" % args.runs)
    if not os.access(GNU_TIME, os.X_OK):
        print("(no %s: peak memory is not measured)" % GNU_TIME)
    print()
    row = "%-12s %9s %9s %6s  %9s %9s  %8s %8s"
    header = row % ("benchmark", "minipy", "python3", "ratio", "minipy", "python3",
                    "minipy", "python3")
    print(row % ("", "cpu s", "cpu s", "", "wall s", "wall s", "MiB", "MiB"))
    print(header)
    print("-" * len(header))

    failures = []
    ratios = []
    interpreters = [("minipy", minipy), ("python3", python)]
    for bench in benches:
        name = bench[3:-3]
        runs, failure = bench_one(os.path.join(HERE, bench), interpreters,
                                  args.runs, args.timeout)
        if failure:
            failures.append("%s: %s" % (name, failure))
            print("%-12s %9s" % (name, "FAILED"))
            continue
        mp, py = runs["minipy"], runs["python3"]
        ratio = median(mp, "cpu") / median(py, "cpu")
        ratios.append(ratio)
        print(row % (name, fmt(median(mp, "cpu")), fmt(median(py, "cpu")), "%.2f" % ratio,
                     fmt(median(mp, "wall")), fmt(median(py, "wall")),
                     fmt(median(mp, "peak"), 1024, "%.1f"),
                     fmt(median(py, "peak"), 1024, "%.1f")))
        sys.stdout.flush()

    if ratios:
        print("-" * len(header))
        print("%-12s %9s %9s %6.2f" % ("geomean", "", "", statistics.geometric_mean(ratios)))
    for f in failures:
        print("FAILED " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
