"""Exercise: what the 1x1 bottlenecks save in a whole inception block."""

from modern_cnns.inception import Inception, macs

# --8<-- [start:solution]
import torch

x = torch.randn(1, 192, 28, 28)
with_bottlenecks = Inception(192, 64, (96, 128), (16, 32), 32)
# the same block with the 1x1 convolutions before the 3x3 and 5x5 taken out
without = Inception(192, 64, (192, 128), (192, 32), 32)
without.b2 = without.b2[1]
without.b3 = without.b3[1]
for name, block in [("with", with_bottlenecks), ("without", without)]:
    print(
        f"{name:<8}{macs(block, x):>13,} MACs, output {tuple(block(x).shape)}"
    )
    #> with      128,049,152 MACs, output (1, 256, 28, 28)
    #> without   308,281,344 MACs, output (1, 256, 28, 28)
# --8<-- [end:solution]
