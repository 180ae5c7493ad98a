# --8<-- [start:demo]
import matplotlib.pyplot as plt
import torch

image = torch.tensor(
    [
        [0, 0, 255, 0, 0],
        [0, 255, 255, 0, 0],
        [0, 0, 255, 0, 0],
        [0, 0, 255, 0, 0],
        [0, 255, 255, 255, 0],
    ],
    dtype=torch.uint8,
)
print(image.shape, image.dtype)
#> torch.Size([5, 5]) torch.uint8
for row in image[:2]:
    print(row.tolist())
    #> [0, 0, 255, 0, 0]
    #> [0, 255, 255, 0, 0]
plt.imshow(image, cmap="gray")
plt.show()
# --8<-- [end:demo]
