# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
# asymmetric on purpose: the orientation must be found too
true_kernel = torch.tensor(
    [[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [0.5, 0.0, -0.5]]
)
true_bias = 0.1
# one random 32x32 "photo": every 3x3 window is a training example
image = torch.rand(1, 1, 32, 32)
target = F.conv2d(image, true_kernel.view(1, 1, 3, 3)) + true_bias

conv = nn.Conv2d(1, 1, kernel_size=3)  # random kernel and bias
# fused=True: Adam's square roots exactly rounded, so every CPU computes
# the page's numbers
optimizer = torch.optim.Adam(conv.parameters(), lr=0.05, fused=True)
for step in range(201):
    loss = F.mse_loss(conv(image), target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 25 == 0:
        print(f"step {step:3d}  loss {loss.item():.6f}")
        #> step   0  loss 1.059716
        #> step  25  loss 0.158447
        #> step  50  loss 0.011636
        #> step  75  loss 0.000578
        #> step 100  loss 0.000085
        #> step 125  loss 0.000000
        #> step 150  loss 0.000000
        #> step 175  loss 0.000000
        #> step 200  loss 0.000000

# + 0.0 turns a -0.0 from rounding into 0.0
print("learned kernel:\n", conv.weight.detach()[0, 0].round(decimals=3) + 0.0)
#> learned kernel:
#>  tensor([[ 1.0000,  0.0000, -1.0000],
#>         [ 2.0000,  0.0000, -2.0000],
#>         [ 0.5000,  0.0000, -0.5000]])
print("true kernel:\n", true_kernel)
#> true kernel:
#>  tensor([[ 1.0000,  0.0000, -1.0000],
#>         [ 2.0000,  0.0000, -2.0000],
#>         [ 0.5000,  0.0000, -0.5000]])
print(f"learned bias {conv.bias.item():.3f}, true bias {true_bias}")
#> learned bias 0.100, true bias 0.1
# --8<-- [end:demo]
