# Running totals with augmented assignment in loops
text = "the quick brown fox"
vowels = 0
shout = ""
for ch in text:
    if ch in "aeiou":
        vowels += 1
    shout += ch.upper()

factorial = 1
k = 1
while k <= 10:
    factorial *= k
    k += 1

mask = 0xFF
mask ^= 0x0F; mask >>= 2; mask <<= 1
print(vowels, shout, factorial, mask)
