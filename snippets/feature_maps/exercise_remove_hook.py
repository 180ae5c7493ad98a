from training_and_evaluation.post002_model import Post002CNN

# --8<-- [start:solution]
import torch

model = Post002CNN().eval()
calls = []
handle = model.conv1.register_forward_hook(
    lambda layer, inputs, output: calls.append(output.shape)
)

model(torch.zeros(3, 1, 28, 28))
model(torch.zeros(1, 1, 28, 28))
print(len(calls), calls[-1])
#> 2 torch.Size([1, 10, 24, 24])
handle.remove()
model(torch.zeros(1, 1, 28, 28))
print(len(calls))  # unchanged: the hook is gone
#> 2
# --8<-- [end:solution]
