x = = 1
name = "Ada
