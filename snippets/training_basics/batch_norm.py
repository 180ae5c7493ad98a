# --8<-- [start:by_hand]
import torch
import torch.nn as nn

torch.manual_seed(0)


def batch_norm(x, weight, bias, running_mean, running_var, training):
    """nn.BatchNorm2d's computation for x of shape (N, C, H, W)."""
    momentum, eps = 0.1, 1e-5
    if training:  # statistics of this batch, one per channel
        mean = x.mean(dim=(0, 2, 3))
        var = x.var(dim=(0, 2, 3), correction=0)  # divides by n
        n = x.numel() // x.shape[1]  # values per channel
        with torch.no_grad():  # running estimates: unbiased, divide by n - 1
            running_mean.mul_(1 - momentum).add_(momentum * mean)
            running_var.mul_(1 - momentum).add_(momentum * var * n / (n - 1))
    else:  # evaluation: the running statistics, the same for every batch
        mean, var = running_mean, running_var
    shape = (1, -1, 1, 1)  # one value per channel, broadcast over N, H, W
    # rsqrt(v) is 1 / sqrt(v)
    x_hat = (x - mean.view(shape)) * torch.rsqrt(var.view(shape) + eps)
    return weight.view(shape) * x_hat + bias.view(shape)


x = torch.randn(8, 3, 4, 4) * 2 + 5  # a batch of 8, 3 channels of 4x4
bn = nn.BatchNorm2d(3)  # weight 1 and bias 0 to start, both learned
running_mean, running_var = torch.zeros(3), torch.ones(3)  # as bn starts

ours = batch_norm(x, bn.weight, bn.bias, running_mean, running_var, True)
theirs = bn(x)  # training mode
print(f"max abs difference {(ours - theirs).abs().max().item():.1e}")
#> max abs difference 7.2e-07
# every channel now has mean 0 and variance 1 over the batch
y = theirs.detach()
print(y.mean(dim=(0, 2, 3)).abs().max().item() < 1e-6)
#> True
print(y.var(dim=(0, 2, 3), correction=0))
#> tensor([1.0000, 1.0000, 1.0000])
# --8<-- [end:by_hand]

# --8<-- [start:running]
print(x.numel() // x.shape[1])  # values per channel: 8 images of 4x4
#> 128
# this batch's mean, and its variance divided by n - 1 (the default,
# correction=1)
print(x.mean(dim=(0, 2, 3)), x.var(dim=(0, 2, 3)))
#> tensor([5.0825, 5.1691, 4.9991]) tensor([4.2870, 3.5590, 3.2587])
print(running_mean, running_var)  # ours, after one step
#> tensor([0.5083, 0.5169, 0.4999]) tensor([1.3287, 1.2559, 1.2259])
print(bn.running_mean, bn.running_var)  # PyTorch's
#> tensor([0.5083, 0.5169, 0.4999]) tensor([1.3287, 1.2559, 1.2259])
print(
    torch.allclose(running_mean, bn.running_mean),
    torch.allclose(running_var, bn.running_var),
)
#> True True
# --8<-- [end:running]

# --8<-- [start:eval]
bn.eval()
ours = batch_norm(x, bn.weight, bn.bias, running_mean, running_var, False)
theirs = bn(x)
print(f"max abs difference {(ours - theirs).abs().max().item():.1e}")
#> max abs difference 9.5e-07
# after one step the running mean is a tenth of the batch's: these
# outputs are nowhere near mean 0
print(theirs.detach().mean(dim=(0, 2, 3)))
#> tensor([3.9683, 4.1513, 4.0636])
# --8<-- [end:eval]
