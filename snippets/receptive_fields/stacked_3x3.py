from receptive_fields.receptive_field import receptive_field

# --8<-- [start:demo]
import torch.nn as nn

C = 64  # channels in and out of every layer


def weights(module):
    return sum(p.numel() for p in module.parameters() if p.dim() > 1)


for n, big in [(2, 5), (3, 7)]:
    stacked = nn.Sequential(
        *[m for _ in range(n) for m in (nn.Conv2d(C, C, 3), nn.ReLU())]
    )
    single = nn.Sequential(nn.Conv2d(C, C, big), nn.ReLU())
    print(
        f"{n} x 3x3: field {receptive_field([(3, 1, 1)] * n)[0]}, "
        f"{weights(stacked):,} weights, {n} ReLUs"
        f"  |  one {big}x{big}: field {receptive_field([(big, 1, 1)])[0]}, "
        f"{weights(single):,} weights, 1 ReLU"
    )
    #> 2 x 3x3: field 5, 73,728 weights, 2 ReLUs  |  one 5x5: field 5, 102,400 weights, 1 ReLU
    #> 3 x 3x3: field 7, 110,592 weights, 3 ReLUs  |  one 7x7: field 7, 200,704 weights, 1 ReLU
# --8<-- [end:demo]
