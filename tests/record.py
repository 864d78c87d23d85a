#!/usr/bin/env python3
"""Records CPython 3.11's behaviour for minipy's tests (see tests/run.sh).

    python3 tests/record.py [--run] PATH...

For each X.py under the given files or folders:
  X.ast           ast.dump(ast.parse(source)) when CPython parses it; and,
                  with --run, or for files under tests/py and tests/syntax:
  X.out X.err X.rc  stdout, stderr and exit status of `python3 X.py` run in
                  X's folder with stdin empty.
Files CPython refuses to parse get no .ast; their .err holds the error.
The files are written, never edited by hand: rerun this script instead.
tests/notes/ holds the notes' snippets with the outputs recorded beside
them in ../shared/notes/expected (copied, not re-recorded); only their .ast
files come from here.
"""
import ast
import os
import subprocess
import sys

RUN_DIRS = ('tests/py/', 'tests/syntax/')


def record_ast(path):
    with open(path, 'rb') as f:
        source = f.read()
    base = path[:-3]
    try:
        tree = ast.parse(source, filename=os.path.basename(path))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        if os.path.exists(base + '.ast'):
            os.remove(base + '.ast')
        return False
    try:
        text = ast.dump(tree)
    except RecursionError:
        text = None
    if text is None:
        return False
    with open(base + '.ast', 'w', encoding='utf-8', newline='\n') as f:
        f.write(text + '\n')
    return True


def record_run(path):
    folder, name = os.path.split(os.path.abspath(path))
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    env.pop('PYTHONPATH', None)
    p = subprocess.run([sys.executable, name], cwd=folder, env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    base = path[:-3]
    for ext, data in (('.out', p.stdout), ('.err', p.stderr)):
        with open(base + ext, 'wb') as f:
            f.write(data.replace(os.fsencode(folder + '/'), b''))
    with open(base + '.rc', 'w') as f:
        f.write('%d\n' % p.returncode)


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit('record.py must run under CPython 3.11, not %s' % sys.version.split()[0])
    run_all = '--run' in argv
    paths = [a for a in argv if a != '--run']
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                files += [os.path.join(d, n) for n in names if n.endswith('.py')]
        else:
            files.append(p)
    for path in sorted(files):
        rel = os.path.relpath(path)
        parsed = record_ast(rel)
        if run_all or rel.startswith(RUN_DIRS) or not parsed:
            record_run(rel)
        print(('ast ' if parsed else 'err ') + rel)


main(sys.argv[1:])
