# Aliasing: two names for one list, and text that looks like markup.
def grow(items, x):
    items.append(x)
    return len(items)

nums = [1, 2]
alias = nums
n = grow(nums, 3)
print("n is", n)
note = "</script><img src=x onerror=alert(1)>"
print(note)
