# for/else: else runs when the loop was not broken
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")


for n in range(10, 14):
    find_prime_factor(n)

for _ in []:
    pass
else:
    print("empty loop still runs else")
