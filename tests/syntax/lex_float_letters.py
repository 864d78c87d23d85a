x = 1.5kg
