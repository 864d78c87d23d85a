# Deleting several targets at once
class Temp:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


t = Temp()
del t.a, t.b
print(vars(t))

first, second, third = 1, 2, 3
del first, second,
del (third)
nums = [0, 1, 2, 3]
words = {"x": 1, "y": 2}
del (nums[0], words["x"])
del [nums[-1]]
print(nums, words)
