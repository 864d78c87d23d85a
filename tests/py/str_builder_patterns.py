# Learner-style string programs: reversing words, palindromes, Caesar cipher, counting.
sentence = "The quick brown fox jumps over the lazy dog"
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()))
def is_palindrome(s):
    cleaned = "".join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ("A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"):
    print(repr(s), is_palindrome(s))
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
secret = caesar(sentence, 3)
print(secret, caesar(secret, -3) == sentence)
vowels = sum(1 for c in sentence.lower() if c in "aeiou")
print(vowels, len(set(sentence.lower()) - {" "}) == 26)
acc = ""
for i in range(5):
    acc += str(i) * 2
print(acc, acc[::2], acc.count("1"))
words = sentence.lower().split()
print(sorted(set(words)), max(words, key=len), [w for w in words if len(w) == 3])
print(sentence.title().swapcase(), sentence.center(50, "~"))
