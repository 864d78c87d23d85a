# Exception notes, tracebacks and exception groups
import traceback


def risky(n):
    if n % 2:
        raise ValueError(f"odd number {n}")
    return n


errors = []
for n in range(4):
    try:
        risky(n)
    except ValueError as e:
        e.add_note(f"while processing item {n}")
        errors.append(e)

group = ExceptionGroup("batch failed", errors)
print(len(group.exceptions), group.exceptions[0].__notes__)
try:
    raise group
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
print("".join(traceback.format_exception_only(ValueError, ValueError("x"))).strip())
