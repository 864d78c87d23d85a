# Numbers as a learner meets them: money, science, limits
price = 19.99
quantity = 3
tax_rate = 0.08
subtotal = price * quantity
total = round(subtotal * (1 + tax_rate), 2)
avogadro = 6.022_140_76e23
planck = 6.62607015e-34
speed_of_light = 299_792_458
max_int32 = 2_147_483_647
min_int32 = -2_147_483_648
rgb = (0xFF, 0x80, 0x00)
permissions = 0o644
print(total, avogadro, planck, speed_of_light, max_int32, min_int32, rgb, permissions)
