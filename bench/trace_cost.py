"""What tracing costs (issue 6: under 2% when off; at least a million
instruction lines a second when on).

    python3 bench/trace_cost.py [--minipy PATH] [--notrace PATH] [--runs N]
                                [--rate-runs N] [--timeout S] [NAME ...]

1. Off: every bm_*.py benchmark (or those whose name contains a NAME)
   runs N times under minipy and under the build without the tracer
   (make notrace: -DMP_NO_TRACE leaves out the traced copy of the eval
   loop and the tests of the tracing flags in the allocator; neither
   build tests a flag in the counts, which only minipy-trace does), the
   two interleaved as bench/run.py does.  The overhead is the ratio of the
   median CPU times, minus one, in percent; the geomean sums it up.  Any
   above 2% is flagged.  "spread" is the interquartile range of the
   ratios of the runs taken in pairs (one of each build, back to back):
   on a busy machine, an overhead inside it is noise.

2. On: bench/trace_workload.py runs under `--trace --trace-out FILE`
   (minipy execs minipy-trace, beside it, for --trace);
   the instruction lines in FILE, counted, divided by the run's CPU time
   (user + system, start-up included) give the rate, the median of the
   runs.  Below 1,000,000 lines a second is flagged.  Wall time is shown
   beside it: it also holds the machine's other work.
"""
import argparse
import os
import re
import statistics
import sys
import tempfile

from run import bench_one, median, run_once

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_OVERHEAD = 2.0          # percent
MIN_RATE = 1_000_000        # instruction lines a second

# An instruction's line in --trace's output: its source line number (-1
# before the first RESUME) right-aligned in six columns, then the code's
# name.  Source lines ("file.py:3  x = 1"), calls, returns, exceptions
# and the count changes continued on a line of their own do not match.
INSTRUCTION_LINE = re.compile(rb" *-?[0-9]+ ")


def overhead_table(args):
    benches = sorted(f for f in os.listdir(HERE) if f.startswith("bm_") and f.endswith(".py"))
    if args.names:
        benches = [b for b in benches if any(n in b for n in args.names)]
    if not benches:
        sys.exit("no benchmark matches %s" % " ".join(args.names))
    print("1. Tracing off: %s against %s" % (args.minipy, args.notrace))
    print("   %d runs each, interleaved; medians of CPU time (user+sys)" % args.runs)
    print()
    row = "%-12s %9s %9s %9s %8s"
    header = row % ("benchmark", "minipy", "notrace", "overhead", "spread")
    print(row % ("", "cpu s", "cpu s", "%", "%"))
    print(header)
    print("-" * len(header))
    ratios, flagged, failures = [], [], []
    builds = [("minipy", args.minipy), ("notrace", args.notrace)]
    for bench in benches:
        name = bench[3:-3]
        runs, failure = bench_one(os.path.join(HERE, bench), builds, args.runs, args.timeout)
        if failure:
            failures.append("%s: %s" % (name, failure))
            print("%-12s %9s" % (name, "FAILED"))
            continue
        on, off = runs["minipy"], runs["notrace"]
        ratio = median(on, "cpu") / median(off, "cpu")
        ratios.append(ratio)
        pairs = sorted(a.cpu / b.cpu for a, b in zip(on, off))
        spread = 0.0
        if len(pairs) >= 4:
            q = statistics.quantiles(pairs, n=4)
            spread = (q[2] - q[0]) * 100
        over = (ratio - 1) * 100
        mark = "  > %g%%" % MAX_OVERHEAD if over > MAX_OVERHEAD else ""
        if mark:
            flagged.append(name)
        print(row % (name, "%.3f" % median(on, "cpu"), "%.3f" % median(off, "cpu"),
                     "%+.1f" % over, "%.1f" % spread) + mark)
        sys.stdout.flush()
    if ratios:
        over = (statistics.geometric_mean(ratios) - 1) * 100
        print("-" * len(header))
        print(row % ("geomean", "", "", "%+.1f" % over, "") +
              ("  > %g%%" % MAX_OVERHEAD if over > MAX_OVERHEAD else ""))
        if over > MAX_OVERHEAD:
            flagged.append("geomean")
    print()
    return flagged, failures


def count_instruction_lines(path):
    n = 0
    with open(path, "rb") as f:
        for line in f:
            if INSTRUCTION_LINE.match(line):
                n += 1
    return n


def trace_rate(args):
    program = os.path.join(HERE, "trace_workload.py")
    print("2. Tracing on: %s --trace --trace-out FILE %s" % (args.minipy, "bench/trace_workload.py"))
    print("   %d runs; instruction lines counted in FILE, over the run's CPU time" % args.rate_runs)
    print()
    expected = run_once([args.minipy, program], args.timeout)
    if expected.failure:
        return None, "untraced: %s" % expected.failure
    rates, walls, lines, size = [], [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace.txt")
        for i in range(args.rate_runs):
            r = run_once([args.minipy, "--trace", "--trace-out", out, program], args.timeout)
            if r.failure:
                return None, "traced: %s" % r.failure
            if r.stdout != expected.stdout:
                return None, "traced, it printed something else on run %d" % (i + 1)
            lines = count_instruction_lines(out)
            size = os.path.getsize(out)
            os.unlink(out)
            if lines == 0:
                return None, "the trace holds no instruction line"
            rates.append(lines / r.cpu)
            walls.append(lines / r.wall)
    rate = statistics.median(rates)
    print("   %d instruction lines (%.1f MB) a run" % (lines, size / 1e6))
    print("   %.0f lines/s by CPU time (%.0f by wall time)%s"
          % (rate, statistics.median(walls),
             "  < %d" % MIN_RATE if rate < MIN_RATE else ""))
    print()
    return rate, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    ap.add_argument("--notrace", default=os.path.join(HERE, "..", "build", "notrace", "minipy"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rate-runs", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    args.minipy = os.path.abspath(args.minipy)
    args.notrace = os.path.abspath(args.notrace)

    flagged, failures = overhead_table(args)
    rate, failure = trace_rate(args)
    if failure:
        failures.append("trace rate: %s" % failure)
    elif rate < MIN_RATE:
        flagged.append("trace rate")
    if flagged:
        print("over the budget: " + ", ".join(flagged))
    for f in failures:
        print("FAILED " + f)
    if not flagged and not failures:
        print("within the budget: overhead <= %g%%, rate >= %d lines/s" % (MAX_OVERHEAD, MIN_RATE))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
