# match, case and _ are ordinary names outside a match statement
import re

match = re.match(r"\d+", "123abc")
if match:
    print(match.group(0))
case = "upper"
_ = case.upper()
print(match, case, _)

match.group(0)
match[0] if False else None
match(1) if False else None
match (1) if False else None
case.upper()
_.lower()
match: int = 3
case: str
match += 1
match, case = case, match
[match, case] = 1, 2
match = case = _ = 0
del match
print(-match if False else case, _)
