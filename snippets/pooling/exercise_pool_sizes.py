from padding_and_stride.output_size import pool_output_size

# --8<-- [start:solution]
import torch
import torch.nn as nn

# Which sizes give a different output with ceil_mode for kernel 3, stride 2?
for size in range(6, 13):
    floor, ceil = (
        pool_output_size(size, 3, 2),
        pool_output_size(size, 3, 2, ceil_mode=True),
    )
    check = nn.MaxPool2d(3, 2, ceil_mode=True)(
        torch.zeros(1, 1, size, size)
    ).shape[-1]
    notes = []
    if floor != ceil:
        notes.append("differs")
    if check != ceil:
        notes.append("formula wrong!")
    print(size, floor, ceil, *notes)
    #> 6 2 3 differs
    #> 7 3 3
    #> 8 3 4 differs
    #> 9 4 4
    #> 10 4 5 differs
    #> 11 5 5
    #> 12 5 6 differs

# Where the extra window of size 6 sits: pixels 0..5 hold their own index
row = torch.arange(6.0).view(1, 1, 1, 6)
print(nn.MaxPool2d((1, 3), stride=(1, 2), ceil_mode=True)(row).flatten())
#> tensor([2., 4., 5.])
# --8<-- [end:solution]
