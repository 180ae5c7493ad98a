"""Exercise: torch.roll wraps the image around instead of padding."""

from generalisation.augmentation import shift
from generalisation.shifted import networks
from generalisation.split import val_x, val_y
from training_and_evaluation.fashion_mnist import evaluate

# --8<-- [start:solution]
import torch

network = networks["fully connected"]
for k in range(5):
    rolled = torch.roll(
        val_x, shifts=k, dims=3
    )  # what leaves right comes in left
    padded = shift(val_x, 0, k)
    print(
        k,
        f"roll {evaluate(network, rolled, val_y)[1]:.2f}%",
        f"pad {evaluate(network, padded, val_y)[1]:.2f}%",
        f"pixels that differ {(rolled != padded).float().mean():.4f}",
    )
    #> 0 roll 88.10% pad 88.10% pixels that differ 0.0000
    #> 1 roll 79.94% pad 79.92% pixels that differ 0.0035
    #> 2 roll 57.56% pad 58.38% pixels that differ 0.0102
    #> 3 roll 33.50% pad 36.02% pixels that differ 0.0188
    #> 4 roll 24.42% pad 27.22% pixels that differ 0.0308
# --8<-- [end:solution]
