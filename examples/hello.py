# hello.py: the first program.
#
# print() writes its arguments to the screen, separated by spaces and
# followed by a newline.  Strings can use single or double quotes.

print("Hello, world!")

# Variables are names for values; you don't declare their type.
name = "learner"
year = 2024
print("Hello,", name)

# An f-string puts the value of an expression inside a string.
print(f"Welcome, {name}! Next year will be {year + 1}.")

# sep and end change what print puts between and after its arguments.
print("a", "b", "c", sep=" -> ", end=" !\n")
