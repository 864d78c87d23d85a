# Indented with tabs, as some editors do
def classify(n):
	if n < 0:
		return "negative"
	elif n == 0:
		return "zero"
	else:
		for d in range(2, n):
			if n % d == 0:
				return "composite"
		return "prime or one"


for value in (-3, 0, 7, 9):
	print(value, classify(value))
