# for loops over different iterables
for i in range(3):
    print(i)

for ch in "hey":
    print(ch)

for key in {"a": 1, "b": 2}:
    print(key)

for index, fruit in enumerate(["apple", "pear"]):
    print(index, fruit)

for k, v in {"x": 1}.items():
    print(k, v)
