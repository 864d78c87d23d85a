# json.loads / json.load: values, hooks, and CPython's error messages and positions.
import json
import io
from collections import OrderedDict

print(json.loads('{"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": true, "none": null}'))
print(json.loads(' \t\n\r[1, 2.5, -3, -0, 0.0, 1e3, 1E-2, -1.5e+2, 10000000000000000000000]\n '))
print(json.loads('"x"'), json.loads("123"), json.loads("true"), json.loads("null"))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": {"b": [[], {}, [{}]]}, "a": 2}'))
print(json.loads('[]'), json.loads('{}'), json.loads('[ ]'), json.loads('{ }'))

# Strings.
s = json.loads(r'"q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \ud83d\ude00"')
print(ascii(s), len(s))
print(ascii(json.loads(r'"\ud800"')), ascii(json.loads(r'"\ud800x"')))
print(ascii(json.loads(r'"\ud800\u0041"')), ascii(json.loads(r'"\udc00\ud800"')))
print(ascii(json.loads('"é€😀"')))
print(ascii(json.loads('"tab\there"', strict=False)))

# bytes in UTF-8, -16 and -32.
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"]:
    print(enc, json.loads('{"é": [1, "ü"]}'.encode(enc)))
print(json.loads(b'\xef\xbb\xbf[1]'), json.loads(bytearray(b'"ab"')), json.loads(b'1'))
print(json.detect_encoding(b'{"'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))

# Round trip.
data = {"list": [1, 2.5, None, True, "ü"], "nested": {"deep": [[[]]]}, "s": "a\nb"}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=3)) == data)

# Hooks.
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict.keys))
print(json.loads('{}', object_pairs_hook=list), json.loads('{}', object_hook=len))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda t: "float:" + t))
print(json.loads('[1.5, 2, -30]', parse_int=lambda t: "int:" + t))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda t: "const:" + t))
print(json.loads('[1.10]', parse_float=str), json.loads('[1, 2]', parse_int=float))

class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return ("obj", d)
print(json.loads('{"a": [{"b": 1}]}', cls=Decoder))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx"s"', 2))
print(dec.scan_once('  {"a": 1}', 2))
print(dec.strict, dec.object_hook, dec.parse_float is float, dec.parse_int is int)
print(json.load(io.StringIO('{"from": "file"}')))
from json.decoder import scanstring
print(scanstring('"abc\\n" rest', 1), scanstring('x"y"', 2))

# Errors: message, position, line and column.
def attempt(text, **kw):
    try:
        print(repr(json.loads(text, **kw)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)

for text in ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}',
             '{"a":', '{"a":1', '{"a":1,}', '{"a":1 "b":2}', '{1: 2}', "{'a': 1}",
             '"abc', '"ab\\', '"a\x01b"', '"a\nb"', '"\\x"', '"\\u12"', '"\\u12x4"',
             '"\\uzzzz"', '"\\ud800\\u12"', '"\\ud800\\uxyzw"', '"\\u1234',
             '1 2', '[] []', '{}x', '01', '-', '-x', '1.', '.5', '1e', '1.e5', '+1',
             'tru', 'nul', 'nan', 'inf', '-inf', 'True', 'None', '[1,\n 2,\n x]',
             '{\n  "a": 1,\n  "b": \n}', '\ufeff[1]', '"\\"', '[-]', '\x00']:
    print(repr(text), end=" -> ")
    attempt(text)
attempt('{"a": "\x01"}', strict=False)
attempt('[1e]')
attempt('[1E+]')
attempt('1.5e-', parse_float=str)
attempt('[Infinity]', parse_constant=lambda t: 1 / 0)
attempt(42)
attempt(None)
attempt('[1]', bad=True)
try:
    dec.scan_once('  ', 2)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    dec.raw_decode('[1]', -1)
except ValueError as e:
    print("ValueError", e)
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, isinstance(e, ValueError), e.args)
print(e.__reduce__()[1])
