# --8<-- [start:solution]
import torch

for scale in (1, 100):
    sgd_w = torch.tensor(0.0, requires_grad=True)
    adam_w = torch.tensor(0.0, requires_grad=True)
    sgd = torch.optim.SGD([sgd_w], lr=0.01)
    adam = torch.optim.Adam([adam_w], lr=0.01, fused=True)
    for w, optimizer in ((sgd_w, sgd), (adam_w, adam)):
        loss = scale * (w - 3) ** 2
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    # without bias correction: m = 0.1 g and v = 0.001 g**2 after one step
    g = adam_w.grad.item()
    uncorrected = -0.01 * (0.1 * g) / (0.001 * g**2) ** 0.5
    # SGD's first step grows with the gradient; Adam's is lr either way
    print(
        scale,
        f"SGD {sgd_w.item():.4f}  Adam {adam_w.item():.4f}",
        f" uncorrected {uncorrected:.4f}",
    )
    #> 1 SGD 0.0600  Adam 0.0100  uncorrected 0.0316
    #> 100 SGD 6.0000  Adam 0.0100  uncorrected 0.0316
# --8<-- [end:solution]
