"""Exercise: do two worker processes give the same batches as none?"""

from training_loop.image_files import loaders

# --8<-- [start:solution]
import torch


def first_batch(num_workers):
    torch.manual_seed(0)
    train_loader, _ = loaders(seed=0, num_workers=num_workers)
    return next(iter(train_loader))


no_workers, two_workers = first_batch(0), first_batch(2)
again = first_batch(2)
print(torch.equal(no_workers[1], two_workers[1]))  # the same images...
#> True
print(torch.equal(no_workers[0], two_workers[0]))  # ...augmented otherwise
#> False
print(torch.equal(two_workers[0], again[0]))  # but the same on every run
#> True
# --8<-- [end:solution]
