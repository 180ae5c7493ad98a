from receptive_fields.receptive_field import receptive_field

# --8<-- [start:solution]
conv, pool = (3, 1, 1), (2, 2, 1)
# Two blocks of two 3x3 convolutions, then three blocks of three, each block
# ending in a 2x2 max-pool.
vgg16 = [conv, conv, pool] * 2 + [conv, conv, conv, pool] * 3
size, jump = receptive_field(vgg16)
print(
    f"VGG-16 features: each output sees {size}x{size} pixels, "
    f"neighbours are {jump} pixels apart"
)
#> VGG-16 features: each output sees 212x212 pixels, neighbours are 32 pixels apart
# --8<-- [end:solution]
