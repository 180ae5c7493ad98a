# --8<-- [start:range_test]
import math
import warnings

import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
# a small problem: 1024 random points in 20 dimensions, in 10 classes that
# a random linear "teacher" assigns
inputs = torch.randn(1024, 20)
labels = nn.Linear(20, 10)(inputs).argmax(dim=1)


def small_model():
    return nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))


def train(model, optimizer, lr_at, steps, batch_size=64):
    """SGD steps over shuffled batches, the learning rate of step t set to
    lr_at(t); stops early once the loss is 4 times its lowest. Returns the
    learning rates and losses of the steps taken."""
    order = torch.randperm(len(inputs))
    lrs, losses = [], []
    for t in range(steps):
        optimizer.param_groups[0]["lr"] = lr_at(t)
        start = t * batch_size % len(inputs)
        batch = order[start : start + batch_size]
        loss = F.cross_entropy(model(inputs[batch]), labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        lrs.append(lr_at(t))
        losses.append(loss.item())
        if not math.isfinite(losses[-1]) or losses[-1] > 4 * min(losses):
            break
    return lrs, losses


# the range test: the rate grows from 1e-4 to 10 over 200 steps
model = small_model()
optimizer = torch.optim.SGD(model.parameters(), lr=1e-4, momentum=0.9)
lrs, losses = train(model, optimizer, lambda t: 1e-4 * 1e5 ** (t / 199), 200)
for t in range(0, len(lrs), 25):
    print(f"step {t:3d}  lr {lrs[t]:.1e}  loss {losses[t]:.4f}")
    #> step   0  lr 1.0e-04  loss 2.3386
    #> step  25  lr 4.2e-04  loss 2.3191
    #> step  50  lr 1.8e-03  loss 2.3109
    #> step  75  lr 7.7e-03  loss 2.1037
    #> step 100  lr 3.3e-02  loss 1.6850
    #> step 125  lr 1.4e-01  loss 0.6264
    #> step 150  lr 5.9e-01  loss 0.8031
lowest = min(range(len(losses)), key=losses.__getitem__)
print(f"lowest loss {losses[lowest]:.4f} at lr {lrs[lowest]:.4f}")
#> lowest loss 0.2024 at lr 0.4398
print(
    f"stopped at step {len(lrs) - 1}, lr {lrs[-1]:.4f}, loss {losses[-1]:.4f}"
)
#> stopped at step 151, lr 0.6223, loss 0.9868

plt.figure(figsize=(6, 3))
plt.semilogx(lrs, losses)
plt.axvline(lrs[lowest] / 10, color="gray", linestyle="--")
plt.xlabel("learning rate")
plt.ylabel("loss")
plt.tight_layout()
plt.show()
# --8<-- [end:range_test]

# --8<-- [start:range_check]
# Up to 100 steps from the same start at a constant rate: a tenth of the
# rate at the lowest loss, and ten times less or more than that
for lr in (lrs[lowest] / 100, lrs[lowest] / 10, lrs[lowest]):
    torch.manual_seed(0)
    model = small_model()
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    _, run = train(model, optimizer, lambda t: lr, 100)
    with torch.no_grad():  # the loss on all 1024 points, at the final weights
        loss = F.cross_entropy(model(inputs), labels)
    print(f"lr {lr:.4f}: {len(run):3d} steps, loss {loss.item():.4f}")
    #> lr 0.0044: 100 steps, loss 1.8832
    #> lr 0.0440: 100 steps, loss 0.2770
    #> lr 0.4398:  42 steps, loss 1.3244
# --8<-- [end:range_check]

# --8<-- [start:schedule]
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, SequentialLR


def warm_up_then_cosine(optimizer):
    # 5 steps from a tenth of the rate up to all of it, then 15 steps of a
    # cosine from there down to 0
    warm_up = LinearLR(optimizer, start_factor=0.1, total_iters=5)
    cosine = CosineAnnealingLR(optimizer, T_max=15)
    return SequentialLR(optimizer, [warm_up, cosine], milestones=[5])


weight = torch.zeros(1, requires_grad=True)  # a stand-in for a model
optimizer = torch.optim.SGD([weight], lr=0.1)
scheduler = warm_up_then_cosine(optimizer)
used = []
for step in range(20):
    used.append(optimizer.param_groups[0]["lr"])  # the rate this step uses
    optimizer.step()  # the update (a training step would compute a loss)
    scheduler.step()  # then move the rate on, once per step
for first in range(0, 20, 5):
    print(
        f"steps {first + 1:2d}-{first + 5:2d}:",
        [round(lr, 4) for lr in used[first : first + 5]],
    )
    #> steps  1- 5: [0.01, 0.028, 0.046, 0.064, 0.082]
    #> steps  6-10: [0.1, 0.0989, 0.0957, 0.0905, 0.0835]
    #> steps 11-15: [0.075, 0.0655, 0.0552, 0.0448, 0.0345]
    #> steps 16-20: [0.025, 0.0165, 0.0095, 0.0043, 0.0011]
# --8<-- [end:schedule]

# --8<-- [start:step_order]
optimizer = torch.optim.SGD([weight], lr=0.1)
scheduler = warm_up_then_cosine(optimizer)
used = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for step in range(20):
        scheduler.step()  # wrong: before the update
        used.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
for warning in caught:
    print(warning.category.__name__, warning.message)
    #> UserWarning Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate
print("first steps:", [round(lr, 4) for lr in used[:5]])
#> first steps: [0.028, 0.046, 0.064, 0.082, 0.1]
print(f"last step: {used[-1]:.4f}")
#> last step: 0.0000
# --8<-- [end:step_order]

# --8<-- [start:overfit]
batch, batch_labels = inputs[:32], labels[:32]  # one fixed batch


def outputs_of(model, softmax_first):
    outputs = model(batch)
    if softmax_first:  # the bug of "Pass the logits" above
        outputs = outputs.softmax(dim=1)
    return outputs


for softmax_first in (False, True):
    torch.manual_seed(0)
    model = small_model()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, fused=True)
    for step in range(200):
        loss = F.cross_entropy(outputs_of(model, softmax_first), batch_labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    outputs = outputs_of(model, softmax_first)  # at the final weights
    loss = F.cross_entropy(outputs, batch_labels)
    correct = (outputs.argmax(dim=1) == batch_labels).float().mean()
    print(
        f"softmax first: {softmax_first!s:5}  loss {loss.item():.4f}",
        f" accuracy on the batch {correct:.2f}",
    )
    #> softmax first: False  loss 0.0004  accuracy on the batch 1.00
    #> softmax first: True   loss 1.4612  accuracy on the batch 1.00
# --8<-- [end:overfit]
