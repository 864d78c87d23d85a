colors = ["red" "green", "blue", fruit apple]
