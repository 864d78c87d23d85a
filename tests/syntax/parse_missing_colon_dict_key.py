ages = {"ann": 31, "ben" 25}
