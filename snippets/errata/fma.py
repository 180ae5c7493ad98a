# --8<-- [start:demo]
import numpy as np

a = b = np.float32(1 + 2**-12)
c = np.float32(-(1 + 2**-11))
# two roundings: the product to float32, then the sum
separate = a * b + c
# one rounding, as a fused multiply-add instruction does
fused = np.float32(np.float64(a) * np.float64(b) + np.float64(c))
print(separate, fused)
#> 0.0 5.9604645e-08
# --8<-- [end:demo]
