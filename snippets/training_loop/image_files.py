"""Fashion-MNIST as a folder of PNG files, the way a reader's own images
arrive, read back by a Dataset that decodes and augments one image at a time,
and batched by a DataLoader."""

# --8<-- [start:folder]
import shutil
from pathlib import Path

import torch
from torchvision import datasets
from torchvision.io import write_png

fashion = datasets.FashionMNIST("./data", train=True, download=True)
# the seeded split of the Generalisation chapter: validation images first
order = torch.randperm(60000, generator=torch.Generator().manual_seed(0))
splits = {"val": order[:1000], "train": order[5000:9000]}


def write_folder(root, indices):
    """One PNG per image in root/<label>-<class>/, the layout
    torchvision's ImageFolder reads."""
    for i in indices.tolist():
        label = fashion.targets[i].item()
        # 'T-shirt/top' would make a subfolder: no '/' in a folder's name
        name = fashion.classes[label].replace("/", "-")
        folder = Path(root) / f"{label}-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        write_png(fashion.data[i].unsqueeze(0), str(folder / f"{i:05d}.png"))


# a second run writes into an empty folder, not beside the first run's files
shutil.rmtree("./data/fashion-png", ignore_errors=True)
for split, indices in splits.items():
    write_folder(f"./data/fashion-png/{split}", indices)
print(sorted(p.name for p in Path("./data/fashion-png/train").iterdir()))
#> ['0-T-shirt-top', '1-Trouser', '2-Pullover', '3-Dress', '4-Coat', '5-Sandal', '6-Shirt', '7-Sneaker', '8-Bag', '9-Ankle boot']
print(len(list(Path("./data/fashion-png").rglob("*.png"))))
#> 5000
# --8<-- [end:folder]

# --8<-- [start:dataset]
from torch.utils.data import Dataset
from torchvision.io import ImageReadMode, decode_image
from torchvision.transforms import v2


class ImageFiles(Dataset):
    """(image, label) pairs from root/<class folder>/<file>.png; a label is
    the position of its folder's name in sorted order."""

    def __init__(self, root, transform=None):
        folders = sorted(p for p in Path(root).iterdir() if p.is_dir())
        self.classes = [folder.name for folder in folders]
        self.files = [
            (path, label)
            for label, folder in enumerate(folders)
            for path in sorted(folder.glob("*.png"))
        ]
        self.transform = transform

    def __len__(self):
        return len(self.files)

    def __getitem__(self, index):
        path, label = self.files[index]
        # decoded from disk every time it is asked for: uint8, (1, 28, 28)
        image = decode_image(str(path), mode=ImageReadMode.GRAY)
        if self.transform is not None:
            image = self.transform(image)
        return image, label


# the training images' mean and standard deviation, as in Generalisation
pixels = fashion.data[splits["train"]].float() / 255
mean, std = pixels.mean().item(), pixels.std().item()
print(f"mean {mean:.4f}, std {std:.4f}")
#> mean 0.2877, std 0.3540

to_input = [v2.ToDtype(torch.float32, scale=True), v2.Normalize([mean], [std])]
augment = [v2.RandomCrop(28, padding=2), v2.RandomHorizontalFlip()]
train_set = ImageFiles(
    "./data/fashion-png/train", v2.Compose(augment + to_input)
)
val_set = ImageFiles("./data/fashion-png/val", v2.Compose(to_input))
image, label = train_set[0]
print(len(train_set), len(val_set), image.shape, image.dtype, label)
#> 4000 1000 torch.Size([1, 28, 28]) torch.float32 0
# --8<-- [end:dataset]

# --8<-- [start:loader]
from torch.utils.data import DataLoader


def loaders(seed, batch_size=64, num_workers=0):
    """A shuffled training loader whose order comes from its own generator,
    and a validation loader in file order."""
    generator = torch.Generator().manual_seed(seed)
    train_loader = DataLoader(
        train_set,
        batch_size=batch_size,
        shuffle=True,
        generator=generator,
        num_workers=num_workers,
        pin_memory=torch.cuda.is_available(),  # for copies to a GPU only
    )
    val_loader = DataLoader(val_set, batch_size=1000, num_workers=num_workers)
    return train_loader, val_loader


train_loader, val_loader = loaders(seed=0)
images, labels = next(iter(train_loader))
print(images.shape, images.dtype, labels[:8].tolist(), len(train_loader))
#> torch.Size([64, 1, 28, 28]) torch.float32 [7, 1, 0, 5, 5, 2, 2, 1] 63
# --8<-- [end:loader]
