from training_and_evaluation.post002_model import Post002CNN
from training_and_evaluation.fashion_mnist import DEVICE, predict

# --8<-- [start:solution]
import torch

torch.manual_seed(0)
model = Post002CNN().to(DEVICE)
torch.save(model.state_dict(), "model.pt")

# every tensor lands on the CPU, wherever it was saved
state = torch.load("model.pt", map_location="cpu", weights_only=True)
print({tensor.device.type for tensor in state.values()})
#> {'cpu'}
on_cpu = Post002CNN()
on_cpu.load_state_dict(state)

images = torch.randn(100, 1, 28, 28)
print(
    torch.allclose(
        predict(on_cpu, images),
        predict(model, images.to(DEVICE)).cpu(),
        # a recent NVIDIA GPU convolves float32 in TF32 (10-bit mantissa) by
        # default: up to 1.7e-4 apart when TF32's rounding is emulated here
        atol=1e-3,
    )
)
#> True
# --8<-- [end:solution]
