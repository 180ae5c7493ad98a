import torch
import torch.nn as nn
import torch.nn.functional as F

# --8<-- [start:demo]
torch.manual_seed(0)
true_kernel = torch.tensor([[1., 0., -1.],
                            [2., 0., -2.],
                            [0.5, 0., -0.5]])  # asymmetric on purpose: the network must find its orientation
images = torch.rand(64, 1, 12, 12)
targets = F.conv2d(images, true_kernel.view(1, 1, 3, 3))

conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)  # random start
optimizer = torch.optim.SGD(conv.parameters(), lr=0.2)
for step in range(301):
    loss = F.mse_loss(conv(images), targets)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if step % 100 == 0:
        print(f"step {step:3d}  loss {loss.item():.6f}")
        #> step   0  loss 0.838534
        #> step 100  loss 0.000846
        #> step 200  loss 0.000001
        #> step 300  loss 0.000000

print(conv.weight.detach()[0, 0].round(decimals=3))
#> tensor([[ 1.0000,  0.0000, -1.0000],
#>         [ 2.0000, -0.0000, -2.0000],
#>         [ 0.5000,  0.0000, -0.5000]])
# --8<-- [end:demo]
