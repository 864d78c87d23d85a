# A guessing loop using break/continue and an else clause
import random

secret = random.randint(1, 10)
attempts = [5, 2, 9, 7, 1, 3]
for tries, guess in enumerate(attempts, start=1):
    if guess < 1 or guess > 10:
        continue
    elif guess == secret:
        print("got it in", tries)
        break
    else:
        pass
else:
    print("never guessed", secret)
