# --8<-- [start:demo]
import torch
import torch.nn as nn

# CI has no GPU, so the meta device stands in for "cuda": the rule is the same
# for any device the model lives on and the batch does not.
DEVICE = torch.device("meta")
model = nn.Linear(320, 50).to(DEVICE)
# a batch straight from the DataLoader lives on the CPU
data = torch.randn(64, 320)

try:
    model(data)  # post 002's train(): output = model(data)
except RuntimeError as error:
    print(error)
    #> Tensor on device meta is not on the expected device cpu!

# the fix: move each batch (and its targets) where the model is
data = data.to(DEVICE)
print(model(data).shape, model(data).device)
#> torch.Size([64, 50]) meta
# --8<-- [end:demo]
