# --8<-- [start:momentum]
import torch


def loss_of(w):
    return (w - 3) ** 2


lr, mu = 0.02, 0.9
plain = torch.tensor(0.0, requires_grad=True)  # plain gradient descent
w = torch.tensor(0.0, requires_grad=True)  # momentum, by hand
velocity = torch.tensor(0.0)
p = torch.tensor(0.0, requires_grad=True)  # momentum, by PyTorch
optimizer = torch.optim.SGD([p], lr=lr, momentum=mu)
for step in range(1, 6):
    plain.grad, w.grad = None, None
    loss_of(plain).backward()
    loss_of(w).backward()
    with torch.no_grad():
        plain -= lr * plain.grad
        # the velocity is a running sum of gradients, older ones shrunk
        velocity = mu * velocity + w.grad
        w -= lr * velocity
    optimizer.zero_grad()
    loss_of(p).backward()
    optimizer.step()
    print(step, f"{plain.item():.4f}  {w.item():.4f}  {p.item():.4f}")
    #> 1 0.1200  0.1200  0.1200
    #> 2 0.2352  0.3432  0.3432
    #> 3 0.3458  0.6504  0.6504
    #> 4 0.4520  1.0208  1.0208
    #> 5 0.5539  1.4333  1.4333
print(torch.allclose(w, p))
#> True
# --8<-- [end:momentum]

# --8<-- [start:adam]
beta1, beta2, eps = 0.9, 0.999, 1e-8
w = torch.tensor(0.0, requires_grad=True)  # Adam, by hand
m, v = torch.tensor(0.0), torch.tensor(0.0)
p = torch.tensor(0.0, requires_grad=True)  # Adam, by PyTorch
# fused=True: one kernel with exactly rounded square roots, so that every
# CPU computes the page's numbers
optimizer = torch.optim.Adam([p], lr=0.1, betas=(beta1, beta2), fused=True)
for t in range(1, 6):
    w.grad = None
    loss_of(w).backward()
    with torch.no_grad():
        m = beta1 * m + (1 - beta1) * w.grad  # mean of recent gradients
        v = beta2 * v + (1 - beta2) * w.grad**2  # ... of their squares
        m_hat = m / (1 - beta1**t)  # m and v start at 0: correct for it
        v_hat = v / (1 - beta2**t)
        step = -0.1 * m_hat / (v_hat.sqrt() + eps)
        w += step
    optimizer.zero_grad()
    loss_of(p).backward()
    optimizer.step()
    print(t, f"step {step.item():+.4f}  {w.item():.4f}  {p.item():.4f}")
    #> 1 step +0.1000  0.1000  0.1000
    #> 2 step +0.0999  0.1999  0.1999
    #> 3 step +0.0997  0.2996  0.2996
    #> 4 step +0.0995  0.3991  0.3991
    #> 5 step +0.0991  0.4982  0.4982
print(torch.allclose(w, p))
#> True
# --8<-- [end:adam]

# --8<-- [start:bias_correction]
g = -6.0  # the first gradient above
m, v = (1 - beta1) * g, (1 - beta2) * g**2  # m = 0.1 g, v = 0.001 g**2
uncorrected = -0.1 * m / (v**0.5 + eps)
corrected = -0.1 * (m / (1 - beta1)) / ((v / (1 - beta2)) ** 0.5 + eps)
print(f"first step: uncorrected {uncorrected:+.4f}, corrected {corrected:+.4f}")
#> first step: uncorrected +0.3162, corrected +0.1000

# For a gradient that never changes, m / sqrt(v) without the correction is
# (1 - beta1**t) / sqrt(1 - beta2**t) times what it should be, at step t:
for t in (1, 10, 100, 1000, 10000):
    print(t, f"{(1 - beta1**t) / (1 - beta2**t) ** 0.5:.2f}")
    #> 1 3.16
    #> 10 6.53
    #> 100 3.24
    #> 1000 1.26
    #> 10000 1.00
# --8<-- [end:bias_correction]
