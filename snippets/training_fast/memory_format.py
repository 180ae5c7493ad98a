"""channels_last stores the same tensor in another order: the values do not
change, `view` may fail."""

from training_and_evaluation.post002_model import Post002CNN
from training_fast.recipe import fast_cnn

# --8<-- [start:demo]
import torch

torch.manual_seed(0)
images = torch.randn(8, 1, 28, 28)
model = fast_cnn().eval()
features = model[:3](images)  # after the first conv-bn-relu: (8, 16, 28, 28)
packed = features.contiguous(memory_format=torch.channels_last)
# same shape; the 16 channels of a pixel are now adjacent
print(features.stride(), packed.stride())
#> (12544, 784, 28, 1) (12544, 1, 448, 16)
print(torch.equal(features, packed))
#> True

with torch.no_grad():
    plain = model(images)
    fast = model.to(memory_format=torch.channels_last)(
        images.contiguous(memory_format=torch.channels_last)
    )
# other kernels, other rounding
print(f"largest difference in the logits: {(plain - fast).abs().max():.1e}")
#> largest difference in the logits: 1.5e-07

post_model = Post002CNN().to(memory_format=torch.channels_last)
try:
    post_model(images.contiguous(memory_format=torch.channels_last))
except RuntimeError as error:
    # the post's x.view(-1, 320): use flatten or reshape instead
    print(str(error)[:66])
    #> view size is not compatible with input tensor's size and stride (a
# --8<-- [end:demo]
