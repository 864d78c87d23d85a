# Soft keywords as function, class, parameter, attribute and keyword names
def match(pattern, case=None, _=0):
    return pattern, case, _

class case:
    match = "attribute"

    def _(self):
        return self.match

print(match("a", case="b", _=1))
print(case.match, case()._())
lambda match, case: match + case
x = [match for match in range(3)]
y = {case: match for case, match in [(1, 2)]}
for match in range(2):
    pass
for case, _ in [(1, 2)]:
    pass
with open(__file__) as match:
    pass
try:
    pass
except ValueError as case:
    pass
import os.path as match
from os import path as case
global _
print(match, case, _, x, y)
