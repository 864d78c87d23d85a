# A small report table built with f-string alignment.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 200, 0.1), ("dates", 7, 2.75)]
print(f"{'item':<10}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 32)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>8.2f}{total:>9.2f}")
print("-" * 32)
print(f"{'TOTAL':<10}{sum(r[1] for r in rows):>5}{'':>8}{grand:>9.2f}")
print(f"{'mean qty':<10}{sum(r[1] for r in rows) / len(rows):>5.1f}")
print("%-10s%5d%8.2f" % rows[0])
print("{:<10}{:>5}{:>8.2f}".format(*rows[1]))
