# else: if (nested in else) versus elif give different trees
def sign_a(n):
    if n > 0:
        return 1
    else:
        if n < 0:
            return -1
        else:
            return 0


def sign_b(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0


print(sign_a(-5), sign_b(-5))
