"""Runs the benchmarks in bench/ under minipy and CPython side by side.

    python3 bench/run.py [--minipy PATH] [--runs N] [NAME ...]

Each bm_*.py program (or those whose name contains one of the NAMEs) runs
N times under each interpreter, the two interleaved so that a change in
the machine's load hits both alike.  Every run's output must be the same
under both: a benchmark that prints something else under minipy is a bug,
and its timing means nothing.  The table gives the median wall time and
the median peak resident memory of each, and the ratio minipy/python3
(below 1: minipy is faster).

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


def run_once(argv, timeout):
    """Runs argv once; returns (seconds, peak RSS in KiB or None, stdout,
    status), where status is (exit status, stderr) or a string saying why
    the run did not finish.  The output goes to temporary files, read
    after the program exits: the benchmarks print a few lines only."""
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
        _, wstatus, _ = os.wait4(pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        report = mem.read().split()
    if elapsed >= timeout:
        return None, None, stdout, "timed out after %ds" % timeout
    if os.WIFSIGNALED(wstatus):
        return None, None, stdout, "killed by signal %d" % os.WTERMSIG(wstatus)
    status = os.WEXITSTATUS(wstatus)
    peak = None
    if measure:
        # time writes "Command terminated by signal N" or "Command exited
        # with non-zero status N" before the number when the program fails.
        if report and report[0] == "Command" and "signal" in report:
            return None, None, stdout, "killed by signal %s" % report[-2]
        peak = int(report[-1]) if report and report[-1].isdigit() else None
    return elapsed, peak, stdout, (status, stderr)


def describe_failure(name, status):
    if isinstance(status, str):
        return "%s: %s" % (name, status)
    code, err = status
    last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return "%s: exit status %d: %s" % (name, code, last[0])


def median_mib(peaks):
    if None in peaks:
        return "n/a"
    return "%.1f" % (statistics.median(peaks) / 1024)


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
    print("%d runs each, interleaved; medians" % args.runs)
    if not os.access(GNU_TIME, os.X_OK):
        print("(no %s: peak memory is not measured)" % GNU_TIME)
    print()
    header = "%-16s %10s %10s %7s %11s %11s" % (
        "benchmark", "minipy s", "python3 s", "ratio", "minipy MiB", "python3 MiB")
    print(header)
    print("-" * len(header))

    failures = []
    ratios = []
    for bench in benches:
        name = bench[3:-3]
        times = {"minipy": [], "python3": []}
        peaks = {"minipy": [], "python3": []}
        outputs = {}
        failed = False
        for i in range(args.runs):
            # Alternate which goes first, so neither always runs on a
            # machine the other has just warmed (or loaded).
            order = [("minipy", minipy), ("python3", python)]
            if i % 2:
                order.reverse()
            for who, exe in order:
                secs, peak, out, status = run_once([exe, os.path.join(HERE, bench)], args.timeout)
                if secs is None or status[0] != 0:
                    failures.append(describe_failure("%s under %s" % (name, who), status))
                    failed = True
                    break
                if outputs.setdefault(who, out) != out:
                    failures.append("%s: %s printed something else on run %d" % (name, who, i + 1))
                    failed = True
                    break
                times[who].append(secs)
                peaks[who].append(peak)
            if failed:
                break
        if not failed and outputs["minipy"] != outputs["python3"]:
            failures.append("%s: minipy's output differs from python3's" % name)
            failed = True
        if failed:
            print("%-16s %10s" % (name, "FAILED"))
            continue
        t_mp = statistics.median(times["minipy"])
        t_py = statistics.median(times["python3"])
        ratio = t_mp / t_py
        ratios.append(ratio)
        print("%-16s %10.3f %10.3f %7.2f %11s %11s" % (
            name, t_mp, t_py, ratio,
            median_mib(peaks["minipy"]), median_mib(peaks["python3"])))
        sys.stdout.flush()

    if ratios:
        print("-" * len(header))
        print("%-16s %10s %10s %7.2f" % ("geometric mean", "", "", statistics.geometric_mean(ratios)))
    for f in failures:
        print("FAILED " + f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
