# shutil: copying, moving and removing files and trees, in a temporary
# directory (the current one while the test runs, so that paths and
# messages are relative).  Listings are sorted: directory order is the
# system's.
import io
import os
import shutil
import stat
import tempfile


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


def read(path):
    with open(path) as f:
        return f.read()


def tree(top):
    # Every path under top, relative, directories marked with '/', links
    # with '@'.
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, top)
            if os.path.islink(full):
                rel += '@'
            elif os.path.isdir(full):
                rel += '/'
            out.append(rel)
    return sorted(out)


def report(e):
    print(type(e).__name__, e)


# copyfileobj copies between file objects, in pieces of any length.
src = io.BytesIO(b'0123456789' * 10)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7)
print(dst.getvalue() == b'0123456789' * 10)
src = io.StringIO('text ' * 3)
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(repr(dst.getvalue()))


class Pieces:
    def __init__(self):
        self.sizes = []

    def read(self, n):
        self.sizes.append(n)
        return b'' if len(self.sizes) > 2 else b'ab'


p = Pieces()
shutil.copyfileobj(p, io.BytesIO(), 5)
print(p.sizes)
p = Pieces()
shutil.copyfileobj(p, io.BytesIO())
print(p.sizes, shutil.COPY_BUFSIZE)

old_cwd = os.getcwd()
with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    try:
        write('a.txt', 'alpha\n')
        os.mkdir('d')

        # copyfile copies the contents only, and returns the destination.
        print(shutil.copyfile('a.txt', 'b.txt'), read('b.txt'), end='')
        for args in [('a.txt', 'a.txt'), ('missing', 'c.txt'),
                     ('a.txt', 'nodir/c.txt'), ('a.txt', 'd'), ('d', 'e.txt')]:
            try:
                shutil.copyfile(*args)
            except OSError as e:
                report(e)
        try:
            shutil.copyfile('a.txt', 'nodir/')
        except OSError as e:
            report(e)
        os.symlink('a.txt', 'link.txt')
        try:
            shutil.copyfile('a.txt', 'link.txt')
        except shutil.SameFileError as e:
            report(e)
            print(isinstance(e, shutil.Error), isinstance(e, OSError))

        # Links are copied as links when follow_symlinks is false.
        shutil.copyfile('link.txt', 'link2.txt', follow_symlinks=False)
        print(os.path.islink('link2.txt'), os.readlink('link2.txt'))
        shutil.copyfile('link.txt', 'plain.txt')
        print(os.path.islink('plain.txt'), read('plain.txt'), end='')

        # copymode: the permission bits only.
        os.chmod('a.txt', 0o640)
        os.chmod('b.txt', 0o600)
        shutil.copymode('a.txt', 'b.txt')
        print(oct(stat.S_IMODE(os.stat('b.txt').st_mode)))

        # copystat: permission bits and times.
        os.utime('a.txt', ns=(1_000_000_000_123, 2_000_000_000_456))
        write('c.txt', 'other\n')
        shutil.copystat('a.txt', 'c.txt')
        st = os.stat('c.txt')
        print(oct(stat.S_IMODE(st.st_mode)), st.st_atime_ns, st.st_mtime_ns)
        print(read('c.txt'), end='')

        # copy: contents and mode; copy2: and times.  Into a directory, the
        # file keeps its name.
        print(shutil.copy('a.txt', 'd'), shutil.copy('a.txt', 'copy.txt'))
        st = os.stat('copy.txt')
        print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns == 2_000_000_000_456)
        print(shutil.copy2('a.txt', 'copy2.txt'), shutil.copy2('b.txt', 'd/'))
        st = os.stat('copy2.txt')
        print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns)
        try:
            shutil.copy('a.txt', 'd/a.txt/')
        except OSError as e:
            report(e)
        try:
            shutil.copy2('d/a.txt', 'd')
        except shutil.SameFileError as e:
            report(e)
        print(tree('.'))

        # copytree copies a whole tree; ignore leaves names out.
        os.makedirs('src/pkg/sub')
        write('src/main.py', 'print(1)\n')
        write('src/main.pyc', 'x')
        write('src/pkg/__init__.py', '')
        write('src/pkg/mod.pyc', 'x')
        write('src/pkg/sub/data.txt', 'data\n')
        os.makedirs('src/tmpdir')
        write('src/tmpdir/t', '')
        os.symlink('main.py', 'src/main_link.py')
        os.chmod('src/pkg', 0o750)
        print(shutil.copytree('src', 'dst'))
        print(tree('dst'))
        print(os.path.islink('dst/main_link.py'), read('dst/main_link.py'), end='')
        print(oct(stat.S_IMODE(os.stat('dst/pkg').st_mode)))
        try:
            shutil.copytree('src', 'dst')
        except FileExistsError as e:
            report(e)
        try:
            shutil.copytree('missing', 'dst2')
        except FileNotFoundError as e:
            report(e)

        print(shutil.copytree('src', 'dst2', symlinks=True,
                              ignore=shutil.ignore_patterns('*.pyc', 'tmp*')))
        print(tree('dst2'), os.readlink('dst2/main_link.py'))

        ignore = shutil.ignore_patterns('*.txt', 'm*')
        print(sorted(ignore('somewhere', ['a.txt', 'main.py', 'x.py', 'b.TXT'])))

        calls = []

        def record_ignore(path, names):
            calls.append((path, sorted(names)))
            return ['sub'] if 'sub' in names else []

        shutil.copytree('src', 'dst3', ignore=record_ignore)
        for call in sorted(calls):
            print(call)
        print(tree('dst3'))

        # dirs_exist_ok merges into an existing tree, overwriting files.
        write('dst3/main.py', 'changed\n')
        write('dst3/extra.txt', 'kept\n')
        shutil.copytree('src', 'dst3', dirs_exist_ok=True)
        print(tree('dst3'), read('dst3/main.py'), read('dst3/extra.txt'), end='')

        copied = []

        def my_copy(s, d):
            copied.append((s, d))
            return shutil.copy(s, d)

        shutil.copytree('src/pkg', 'dst4', copy_function=my_copy)
        print(sorted(copied))

        # A dangling link is an error collected in shutil.Error, unless
        # ignored; the copy goes on with the other files.
        os.makedirs('dang')
        write('dang/ok.txt', 'ok\n')
        os.symlink('nowhere', 'dang/bad')
        try:
            shutil.copytree('dang', 'dang2')
        except shutil.Error as e:
            print(type(e).__name__, len(e.args), e.args[0])
        print(tree('dang2'))
        shutil.copytree('dang', 'dang3', ignore_dangling_symlinks=True)
        print(tree('dang3'))
        shutil.copytree('dang', 'dang4', symlinks=True)
        print(tree('dang4'))

        # move renames, or moves into a directory.
        print(shutil.move('copy.txt', 'moved.txt'), os.path.exists('copy.txt'))
        print(shutil.move('moved.txt', 'd'), read('d/moved.txt'), end='')
        print(shutil.move('dst4', 'd'), tree('d'))
        write('again.txt', '')
        shutil.copy('again.txt', 'd')
        try:
            shutil.move('again.txt', 'd')
        except shutil.Error as e:
            report(e)
        try:
            shutil.move('d', 'd/dst4')
        except shutil.Error as e:
            report(e)
        try:
            shutil.move('missing', 'x')
        except FileNotFoundError as e:
            report(e)
        print(shutil.move('d/', 'e'), sorted(os.listdir('e')))

        # rmtree removes a tree; errors raise, are ignored, or go to onerror.
        shutil.rmtree('dst')
        print(os.path.exists('dst'))
        try:
            shutil.rmtree('dst')
        except FileNotFoundError as e:
            report(e)
        shutil.rmtree('dst', ignore_errors=True)
        try:
            shutil.rmtree('a.txt')
        except NotADirectoryError as e:
            report(e)

        def onerror(func, path, exc_info):
            print('onerror', func.__name__, path, exc_info[0].__name__, exc_info[1])

        shutil.rmtree('dst', onerror=onerror)
        shutil.rmtree('b.txt', onerror=onerror)
        os.symlink('dst2', 'dirlink')
        shutil.rmtree('dirlink', onerror=onerror)
        try:
            shutil.rmtree('dirlink')
        except OSError as e:
            report(e)
        print(os.path.exists('dst2'), os.path.islink('dirlink'))
        os.symlink('nowhere', 'dangling')
        shutil.rmtree('dangling', onerror=onerror)
        shutil.rmtree(b'dst2')
        shutil.rmtree('dang4')
        print(shutil.rmtree.avoids_symlink_attacks in (True, False))
        print(sorted(os.listdir('.')))

        # which finds a program along a PATH.
        os.makedirs('bin1')
        os.makedirs('bin2')
        write('bin1/tool', '')
        write('bin2/tool', '')
        os.chmod('bin2/tool', 0o755)
        write('bin2/script', '')
        os.chmod('bin2/script', 0o755)
        os.makedirs('bin2/adir')
        os.chmod('bin2/adir', 0o755)
        path = os.pathsep.join(['bin1', 'bin2'])
        print(shutil.which('tool', path=path), shutil.which('script', path=path))
        print(shutil.which('adir', path=path), shutil.which('none', path=path))
        print(shutil.which('tool', mode=os.F_OK, path=path))
        print(shutil.which('tool', path=''), shutil.which('bin2/tool'),
              shutil.which('./bin2/tool'), shutil.which('bin1/tool'))
        print(shutil.which(b'tool', path=path))
        saved_path = os.environ.get('PATH')
        os.environ['PATH'] = path
        try:
            print(shutil.which('script'))
        finally:
            os.environ['PATH'] = saved_path
    finally:
        os.chdir(old_cwd)

# get_terminal_size: COLUMNS and LINES first, then the terminal (not one
# here), then the fallback.
saved = {k: os.environ.pop(k, None) for k in ('COLUMNS', 'LINES')}
try:
    print(shutil.get_terminal_size((100, 30)))
    os.environ['COLUMNS'] = '120'
    print(shutil.get_terminal_size())
    os.environ['LINES'] = '40'
    size = shutil.get_terminal_size()
    print(size, size.columns, size.lines, type(size).__name__)
    os.environ['COLUMNS'] = 'wide'
    os.environ['LINES'] = '-3'
    print(shutil.get_terminal_size((1, 2)))
finally:
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v

try:
    shutil.chown('x')
except ValueError as e:
    report(e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError))
