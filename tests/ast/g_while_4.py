# Euclid's algorithm and a retry loop
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def retry(action, attempts=3):
    tries = 0
    while tries < attempts:
        tries += 1
        try:
            return action()
        except OSError:
            continue
    else:
        raise RuntimeError("gave up")


print(gcd(48, 18), gcd(17, 5))
