# --8<-- [start:demo]
import matplotlib.pyplot as plt
from torchvision import datasets

train = datasets.FashionMNIST("./data", train=True, download=True)
print(train.classes)
#> ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']
image, label = train.data[0], train.targets[0].item()
print("label", label, "=", train.classes[label])
#> label 9 = Ankle boot

crop = image[4:16, 8:20]  # 12 x 12 pixels: small enough to print every value
fig, axes = plt.subplots(
    1, 2, figsize=(9, 4.5), gridspec_kw={"width_ratios": [1, 2]}
)
axes[0].imshow(image, cmap="gray")
axes[0].add_patch(
    plt.Rectangle((7.5, 3.5), 12, 12, fill=False, edgecolor="red", linewidth=2)
)
axes[0].set_title(f"{train.classes[label]} (28 x 28)")
axes[1].imshow(crop, cmap="viridis", vmin=0, vmax=255)
for row in range(crop.shape[0]):
    for col in range(crop.shape[1]):
        value = crop[row, col].item()
        axes[1].text(
            col,
            row,
            value,
            ha="center",
            va="center",
            fontsize=6.5,
            color="black" if value > 128 else "white",
        )
axes[1].set_title("the red square, pixel by pixel")
for axis in axes:
    axis.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:demo]
