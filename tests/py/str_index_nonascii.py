# Indexing and slicing str with multi-byte characters, in every order
# (forwards, backwards, jumps, from both ends), and after appends.
s = "aé€𝄞b" * 7 + "z"
n = len(s)
print(n, s[0], s[-1], s[n // 2])
print("".join(s[i] for i in range(n)) == s)
print("".join(s[i] for i in reversed(range(n)))[::-1] == s)
order = [(i * 37) % n for i in range(n)]
print([s[i] for i in order][:12])
print([s[i:i + 3] for i in range(0, n, 5)])
print([s[-i] for i in range(1, 9)])
print(s[3:17], s[-9:-2], s[::3], s[::-4])
t = "ü"
for i in range(40):
    t += "é" if i % 3 else "x"
    if i % 7 == 0:
        print(i, t[-1], t[len(t) // 2], t[1:4])
words = ("Grüße aus Köln, schöne Grüße " * 3).split()
print([w[1] + w[-1] for w in words])
u = "日本語テキスト" * 50
print(sum(ord(u[i]) for i in range(0, len(u), 3)), u.find("テ", 100), u[349], u.rfind("日"))
