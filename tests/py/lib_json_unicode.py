# json with non-ASCII text: strings, keys, question marks beside other
# characters, escapes, and error positions counted in characters.
import json

doc = '{"clé": "café ? déjà", "?": "¿qué?", "emoji": "😀 and \\u00e9 \\ud83d\\ude00", "数": [1, "二", 3.5]}'
value = json.loads(doc)
print(ascii(value))
print(json.dumps(value, ensure_ascii=False) == doc.replace("\\u00e9", "é").replace("\\ud83d\\ude00", "😀"))
print(json.dumps(value))
print(json.loads(json.dumps(value)) == value, json.loads(json.dumps(value, ensure_ascii=False)) == value)
print(json.loads(doc.encode("utf-8")) == value, json.loads(doc.encode("utf-16")) == value)
print(ascii(json.loads('"a?é?b"')), ascii(json.loads('["é", "?", "?é", "é?"]')))
print(json.JSONDecoder().raw_decode('["é"] ¿trailing?'))
print(json.decoder.scanstring('"ü" "é?"', 5))
for text in ['["é", ?]', '["é" "x"]', '{"é": 1 "b": 2}', '"déjà', '"é\\q"', '"é\x01"', '["é",\n é]',
             '{é: 1}', '["é"] é', 'é', '["€", 1.5e, x]', '"\\ud83d\\uzzzz é"']:
    try:
        print(ascii(json.loads(text)))
    except json.JSONDecodeError as e:
        print(ascii(text), "->", e)
long_text = "é" * 3000 + "?" * 10 + "x" * 3000
print(json.loads(json.dumps([long_text] * 3)) == [long_text] * 3)
print(json.loads(json.dumps({long_text: long_text}, ensure_ascii=False)) == {long_text: long_text})
for x in [b'1', 1, None]:
    try:
        json.JSONDecoder().decode(x)
    except TypeError as e:
        print("TypeError", e)
