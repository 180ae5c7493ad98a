"""Exercise: why float16 needs a GradScaler and bfloat16 does not."""

# --8<-- [start:solution]
import torch

gradient = torch.tensor(1e-8)  # a small but real gradient
print(gradient.half(), gradient.bfloat16())  # float16 underflows to 0
#> tensor(0., dtype=torch.float16) tensor(1.0012e-08, dtype=torch.bfloat16)
scale = 2.0**16  # GradScaler's first scale
scaled = (gradient * scale).half()  # what backward() of a scaled loss gets
print(scaled, scaled.float() / scale)  # unscaled in float32: recovered
#> tensor(0.0007, dtype=torch.float16) tensor(9.9972e-09)
# --8<-- [end:solution]
