# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper.
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. "
        "Explicit is better than implicit. Simple is better than complex. "
        "Complex is better than complicated.")
print(wrap(text, 30))
print(fill(text, width=40))
print(fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(wrap('', 10), wrap('   ', 10), wrap('one', 10))

# hyphens and em-dashes
s = "Look, goof-ball -- use the -b option! A well-known, state-of-the-art e-mail."
print(TextWrapper()._split(s))
print(TextWrapper(break_on_hyphens=False)._split(s))
for width in (8, 12, 16):
    print(width, wrap(s, width))
print(wrap(s, 12, break_on_hyphens=False))
print(wrap('semi--colon and x--y and --flag 1--2', 6))

# long words
word = 'supercalifragilisticexpialidocious'
print(wrap(word + ' is long', 10))
print(wrap(word + ' is long', 10, break_long_words=False))
print(wrap('a-very-long-hyphenated-compound-word here', 10))

# whitespace handling
print(wrap('tabs\there\tand\nnewlines  kept', 12))
print(wrap('tabs\there', 20, expand_tabs=False))
print(wrap('  leading and trailing  ', 8))
print(wrap('  leading and trailing  ', 8, drop_whitespace=False))
print(wrap('a\tb', 20, tabsize=4), wrap('line\nbreak', 30, replace_whitespace=False))
print(wrap('First sentence.\nSecond one!  Third? "Quoted." end', 60,
           fix_sentence_endings=True))

# max_lines and placeholders
print(wrap(text, 30, max_lines=2))
print(wrap(text, 30, max_lines=1, placeholder='...'))
print(wrap('Hello  world', 11, max_lines=1))
print(shorten('Hello  world!', width=12), '|', shorten('Hello  world!', width=11))
print(shorten(text, 40), '|', shorten(text, 40, placeholder=' (more)'))
print(shorten('   spaced    out   text   ', 100))

# the errors
for call in ["wrap('x', 0)", "wrap('x', -3)", "wrap('abc def', 3, max_lines=1)",
             "shorten('abc def', 5)", "TextWrapper(width=5, max_lines=1, placeholder=' [......]').wrap('a b')",
             "wrap('', 0)", "fill(5)"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)

# a TextWrapper keeps its settings
w = TextWrapper(width=20, initial_indent='>> ', subsequent_indent='.. ')
print(w.width, w.max_lines, w.placeholder, w.tabsize, w.break_long_words)
print(w.wrap(text)[:3])
w.width = 50
print(w.fill(text))

# dedent and indent
block = '''
    def f():
        return 1

    print(f())
'''
print(repr(dedent(block)))
print(repr(dedent('  a\n\tb\n')), repr(dedent('\t  x\n\t y\n')), repr(dedent('  a\n   \n  b')))
print(repr(dedent('no indent\n  some')), repr(dedent('')), repr(dedent('   \n\t\n')))
print(repr(dedent('  one\r\n  two\r\n')))
print(repr(indent('a\n\nb\n  \nc', '> ')))
print(repr(indent('a\nb\n', '+', lambda line: True)))
print(repr(indent('x\r\ny\rz', '# ')))
print(textwrap.__all__)
