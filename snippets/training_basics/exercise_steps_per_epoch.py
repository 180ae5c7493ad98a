# --8<-- [start:solution]
import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.zeros(60_000, 1))  # 60,000 empty examples
for batch_size in (32, 64, 128, 256, 1024):
    steps = len(DataLoader(dataset, batch_size=batch_size))
    full = len(DataLoader(dataset, batch_size=batch_size, drop_last=True))
    last = len(dataset) - (steps - 1) * batch_size
    print(
        f"{batch_size:5d}: {steps:5d} steps, last batch {last:4d},",
        f"{full:5d} steps with drop_last",
    )
    #>    32:  1875 steps, last batch   32,  1875 steps with drop_last
    #>    64:   938 steps, last batch   32,   937 steps with drop_last
    #>   128:   469 steps, last batch   96,   468 steps with drop_last
    #>   256:   235 steps, last batch   96,   234 steps with drop_last
    #>  1024:    59 steps, last batch  608,    58 steps with drop_last
# --8<-- [end:solution]
