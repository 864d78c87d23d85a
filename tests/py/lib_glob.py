# glob: paths matching shell patterns, in a temporary tree.  Results come
# in directory order, which the system chooses: they are sorted here.
import glob
import os
import tempfile


def show(label, paths):
    print(label, sorted(paths))


def touch(*parts):
    with open(os.path.join(*parts), 'w') as f:
        f.write('x')


with tempfile.TemporaryDirectory() as top:
    # top/
    #   a.txt b.txt c.py .hidden.txt [x].txt
    #   sub/ d.txt e.py .secret/ f.txt
    #   sub/deep/ g.txt
    #   .hdir/ h.txt
    #   other/ (empty)
    for name in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', '[x].txt']:
        touch(top, name)
    os.makedirs(os.path.join(top, 'sub', 'deep'))
    os.makedirs(os.path.join(top, 'sub', '.secret'))
    os.makedirs(os.path.join(top, '.hdir'))
    os.makedirs(os.path.join(top, 'other'))
    touch(top, 'sub', 'd.txt')
    touch(top, 'sub', 'e.py')
    touch(top, 'sub', '.secret', 'f.txt')
    touch(top, 'sub', 'deep', 'g.txt')
    touch(top, '.hdir', 'h.txt')

    old = os.getcwd()
    os.chdir(top)
    try:
        show('*', glob.glob('*'))
        show('*.txt', glob.glob('*.txt'))
        show('?.py', glob.glob('?.py'))
        show('[ab].txt', glob.glob('[ab].txt'))
        show('[!a].txt', glob.glob('[!a].txt'))
        show('.*', glob.glob('.*'))
        show('*/', glob.glob('*/'))
        show('*/*.txt', glob.glob('*/*.txt'))
        show('sub/*', glob.glob('sub/*'))
        show('sub/*/', glob.glob('sub/*/'))
        show('*/*/*', glob.glob('*/*/*'))
        show('literal', glob.glob('a.txt'))
        show('literal missing', glob.glob('zzz.txt'))
        show('literal dir/', glob.glob('sub/'))
        show('file as dir/', glob.glob('a.txt/'))
        show('no match', glob.glob('*.nothing'))
        show('empty', glob.glob(''))
        show('bracket literal', glob.glob('[x].txt'))
        show('escaped', glob.glob(glob.escape('[x].txt')))

        # '**' crosses directories only when recursive is true.
        show('** plain', glob.glob('**'))
        show('** recursive', glob.glob('**', recursive=True))
        show('**/ recursive', glob.glob('**/', recursive=True))
        show('**/*.txt', glob.glob('**/*.txt', recursive=True))
        show('**/*.txt plain', glob.glob('**/*.txt'))
        show('sub/**', glob.glob('sub/**', recursive=True))
        show('sub/**/*.txt', glob.glob('sub/**/*.txt', recursive=True))
        show('**/deep/*', glob.glob('**/deep/*', recursive=True))

        # include_hidden lets '*', '?' and '**' match names starting with '.'.
        show('* hidden', glob.glob('*', include_hidden=True))
        show('**/*.txt hidden', glob.glob('**/*.txt', recursive=True,
                                           include_hidden=True))
        show('sub/* hidden', glob.glob('sub/*', include_hidden=True))

        # bytes patterns give bytes.
        show('bytes', glob.glob(b'*.py'))
        show('bytes **', glob.glob(b'**/*.py', recursive=True))
        show('bytes literal', glob.glob(b'c.py'))

        # iglob is lazy: an iterator, not a list.
        it = glob.iglob('*.txt')
        print(type(it) is not list, hasattr(it, '__next__'))
        show('iglob', it)
        show('iglob **', glob.iglob('**', recursive=True))
    finally:
        os.chdir(old)

    # root_dir: patterns relative to another directory, results relative to it.
    show('root_dir *', glob.glob('*', root_dir=top))
    show('root_dir */*.py', glob.glob('*/*.py', root_dir=top))
    show('root_dir **', glob.glob('**', root_dir=top, recursive=True))
    show('root_dir sub', glob.glob('*.txt', root_dir=os.path.join(top, 'sub')))
    show('root_dir literal', glob.glob('c.py', root_dir=top))
    show('root_dir bytes', glob.glob(b'*.py', root_dir=os.fsencode(top)))

    # An absolute pattern gives absolute paths: shown relative to top.
    found = glob.glob(os.path.join(top, 'sub', '*.py'))
    show('absolute', [os.path.relpath(p, top) for p in found])
    found = glob.glob(os.path.join(glob.escape(top), '**', 'g.txt'), recursive=True)
    show('absolute **', [os.path.relpath(p, top) for p in found])

    # A directory that cannot be read gives no match, not an error.
    show('missing dir', glob.glob(os.path.join(top, 'nope', '*')))

# has_magic and escape.
for s in ['abc', 'a*c', 'a?c', 'a[b]c', 'a]b', b'x*', b'plain', '']:
    print(repr(s), glob.has_magic(s))
for s in ['abc', 'a*b?c[d]', '[*?[]', '/x/*.py', b'a[b]*', '']:
    print(repr(s), repr(glob.escape(s)))

print(glob.__all__)
