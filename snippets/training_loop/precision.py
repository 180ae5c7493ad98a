"""What the three floating-point formats of mixed precision can hold, and
what autocast computes in which."""

from training_fast.recipe import fast_cnn
from training_loop.image_files import train_loader

# --8<-- [start:formats]
import torch
import torch.nn.functional as F

for dtype in (torch.float32, torch.bfloat16, torch.float16):
    info = torch.finfo(dtype)
    # below the smallest normal number, subnormal ones lose precision step
    # by step, down to the smallest normal times the relative step
    subnormal = info.tiny * info.eps
    print(
        f"{str(dtype):14} relative step {info.eps:.1e}, smallest normal",
        f"{info.tiny:.1e}, smallest subnormal {subnormal:.1e},",
        f"largest {info.max:.1e}",
    )
    #> torch.float32  relative step 1.2e-07, smallest normal 1.2e-38, smallest subnormal 1.4e-45, largest 3.4e+38
    #> torch.bfloat16 relative step 7.8e-03, smallest normal 1.2e-38, smallest subnormal 9.2e-41, largest 3.4e+38
    #> torch.float16  relative step 9.8e-04, smallest normal 6.1e-05, smallest subnormal 6.0e-08, largest 6.6e+04

model = fast_cnn()
images, labels = next(iter(train_loader))
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(images)  # convolutions and matmuls in bfloat16
    loss = F.cross_entropy(logits, labels)  # autocast keeps this in float32
print(model[0].weight.dtype, logits.dtype, loss.dtype)
#> torch.float32 torch.bfloat16 torch.float32
# --8<-- [end:formats]
