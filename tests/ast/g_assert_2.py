# Assertions as executable documentation
def binary_search(items, target):
    assert items == sorted(items), "items must be sorted"
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        assert lo <= mid <= hi
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


assert binary_search([1, 3, 5, 7], 5) == 2, ("wrong index", 5)
assert not binary_search([], 1) == 0
