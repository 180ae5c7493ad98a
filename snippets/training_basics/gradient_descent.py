# --8<-- [start:one_parameter]
import torch

w = torch.tensor(0.0, requires_grad=True)  # one parameter, starting at 0
loss = (w - 3) ** 2  # smallest, 0, at w = 3
loss.backward()  # fills w.grad with d loss / d w = 2 (w - 3)
print(loss.item(), w.grad.item())
#> 9.0 -6.0
# --8<-- [end:one_parameter]

# --8<-- [start:steps]
lr = 0.1  # the learning rate
for step in range(1, 6):
    loss = (w - 3) ** 2
    w.grad = None  # forget the previous step's gradient
    loss.backward()
    with torch.no_grad():  # the update is not part of what is differentiated
        w -= lr * w.grad  # a small step against the gradient
    print(step, f"loss {loss.item():.4f}  w {w.item():.4f}")
    #> 1 loss 9.0000  w 0.6000
    #> 2 loss 5.7600  w 1.0800
    #> 3 loss 3.6864  w 1.4640
    #> 4 loss 2.3593  w 1.7712
    #> 5 loss 1.5099  w 2.0170
# each line shows the loss the step started from; at the final weights:
print(f"loss {((w - 3) ** 2).item():.4f}")
#> loss 0.9664
# --8<-- [end:steps]

# --8<-- [start:accumulate]
w = torch.tensor(0.0, requires_grad=True)
for step in range(3):
    loss = (w - 3) ** 2
    loss.backward()  # without clearing w.grad, each call adds to it
    print(w.grad.item())
    #> -6.0
    #> -12.0
    #> -18.0
optimizer = torch.optim.SGD([w], lr=0.1)
optimizer.zero_grad()  # set_to_none=True by default: no tensor of zeros
print(w.grad)
#> None
# --8<-- [end:accumulate]
