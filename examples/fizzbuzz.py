# fizzbuzz.py: loops, conditions and the remainder operator.
#
# For each number from 1 to 20 print "Fizz" if it is divisible by 3,
# "Buzz" if divisible by 5, "FizzBuzz" if by both, else the number itself.


def fizzbuzz(n):
    """Return the FizzBuzz word for n."""
    if n % 15 == 0:          # divisible by both 3 and 5
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)


for i in range(1, 21):       # range(1, 21) counts 1, 2, ..., 20
    print(fizzbuzz(i))

# The same thing in one line, with a list comprehension and join().
print(" ".join(fizzbuzz(i) for i in range(1, 16)))
