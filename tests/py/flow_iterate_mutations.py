# Safe ways to change containers while looping: copies, comprehensions, index loops.
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
s = {1, 2, 3, 4}
for x in list(s):
    if x > 2:
        s.discard(x)
print(s)
words = ["keep", "drop", "keep2", "drop2"]
words = [w for w in words if not w.startswith("drop")]
print(words)
lst = [0, 1, 2, 3]
for i in range(len(lst)):
    lst[i] *= 10
print(lst)
queue = [1]
seen = []
for item in queue:
    seen.append(item)
    if item < 4:
        queue.append(item + 1)
print(seen, queue)
