# An uncaught EOFError from input(): exit status 1 and the error as the last stderr line.
def ask(prompt):
    answer = input(prompt)
    return answer.strip()

print("asking")
name = ask("name: ")
print("hello", name)
print("never printed")
x = 1
y = 2
