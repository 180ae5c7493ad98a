"""Each ingredient of the fast recipe, measured by training without it: the same
model, data, seed and two epochs (the schedule that reaches post 002's 89.65%),
one switch changed."""

from training_and_evaluation.fashion_mnist import load_fashion_mnist
from training_fast.recipe import accuracy, bf16_is_fast, fast_cnn, train

# --8<-- [start:baseline]
import torch

train_x, train_y, test_x, test_y = load_fashion_mnist()


def two_epochs(**change):
    """Test accuracy (%) after the 2-epoch fast recipe with `change` applied,
    and the model."""
    torch.manual_seed(0)
    model = fast_cnn(batchnorm=change.pop("batchnorm", True))
    train(model, train_x, train_y, epochs=2, **change)
    return accuracy(model, test_x, test_y), model


recipe_accuracy, model = two_epochs()
print(f"the whole recipe: {recipe_accuracy:.2f}%")
#> the whole recipe: 90.16%
# --8<-- [end:baseline]

# --8<-- [start:lr_scaling]
# 4x the batch, 4x the lr
print(f"batch 1024, peak lr 0.8: {two_epochs(batch_size=1024, lr=0.8)[0]:.2f}%")
#> batch 1024, peak lr 0.8: 85.74%
steps = {
    batch: 2 * -(-len(train_x) // batch) for batch in (256, 1024)
}  # ceil: the last batch is short
print(
    f"optimizer steps in two epochs: {steps[1024]} at batch 1024, "
    f"{steps[256]} at batch 256"
)
#> optimizer steps in two epochs: 118 at batch 1024, 470 at batch 256
# --8<-- [end:lr_scaling]

# --8<-- [start:one_cycle]
print(
    "constant lr 0.2 instead of one cycle: "
    f"{two_epochs(one_cycle=False)[0]:.2f}%"
)
#> constant lr 0.2 instead of one cycle: 80.12%
# --8<-- [end:one_cycle]

# --8<-- [start:batchnorm]
print(f"without batch-norm: {two_epochs(batchnorm=False)[0]:.2f}%")
#> without batch-norm: 89.49%
# --8<-- [end:batchnorm]

# --8<-- [start:label_smoothing]
print(f"with label smoothing 0.1: {two_epochs(label_smoothing=0.1)[0]:.2f}%")
#> with label smoothing 0.1: 90.14%
# --8<-- [end:label_smoothing]

# --8<-- [start:flip]
unflipped_accuracy, unflipped_model = two_epochs(flip=False)
print(f"without flip augmentation: {unflipped_accuracy:.2f}%")
#> without flip augmentation: 80.83%
print(
    f"without flip augmentation or test-time flip: "
    f"{accuracy(unflipped_model, test_x, test_y, tta=False):.2f}%"
)
#> without flip augmentation or test-time flip: 90.27%
# --8<-- [end:flip]

# --8<-- [start:tta]
print(
    f"the recipe's model, without test-time flip: "
    f"{accuracy(model, test_x, test_y, tta=False):.2f}%"
)
#> the recipe's model, without test-time flip: 89.94%
# --8<-- [end:tta]

# --8<-- [start:bf16]
print(
    f"PyTorch's CPU kernels: {torch.backends.cpu.get_cpu_capability()}; "
    f"bf16 used: {bf16_is_fast()}"
)
#> PyTorch's CPU kernels: AVX2; bf16 used: False
# --8<-- [end:bf16]
