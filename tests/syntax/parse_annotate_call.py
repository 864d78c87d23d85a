print(): int
