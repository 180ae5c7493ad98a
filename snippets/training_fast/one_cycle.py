"""The learning rate of the one-cycle schedule, step by step."""

# --8<-- [start:demo]
import math

import matplotlib.pyplot as plt
import torch

steps_per_epoch = math.ceil(60_000 / 256)
optimizer = torch.optim.SGD(
    [torch.zeros(1, requires_grad=True)], lr=0.2, momentum=0.9
)
schedule = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.2, total_steps=2 * steps_per_epoch, pct_start=0.25
)
rates = []
for step in range(2 * steps_per_epoch):
    rates.append(optimizer.param_groups[0]["lr"])
    optimizer.step()
    schedule.step()
print(
    f"start {rates[0]:.4f}, peak {max(rates):.2f} "
    f"at step {rates.index(max(rates))}, "
    f"end {rates[-1]:.6f}"
)
#> start 0.0080, peak 0.20 at step 117, end 0.000001

fig, ax = plt.subplots(figsize=(6, 2.2))
ax.plot(rates)
ax.axvline(steps_per_epoch, color="gray", linestyle=":")
ax.set_xlabel("training step (batch of 256)")
ax.set_ylabel("learning rate")
fig.tight_layout()
plt.show()
# --8<-- [end:demo]
