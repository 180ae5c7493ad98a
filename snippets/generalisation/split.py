"""A seeded validation split of Fashion-MNIST's 60,000 training images, and the
1,000 of them that the overfitting experiments train on."""

from training_and_evaluation.fashion_mnist import load_fashion_mnist

# --8<-- [start:split]
import torch

images, labels, test_images, test_labels = load_fashion_mnist(normalize=False)
# a seeded shuffle of the 60,000 training images: the same split every run
generator = torch.Generator().manual_seed(0)
order = torch.randperm(len(images), generator=generator).to(images.device)
validation, training = order[:5000], order[5000:]
print(len(training), len(validation))
#> 55000 5000

# normalised with the 55,000 training images' own mean and std: nothing
# about the validation or test images reaches the model
mean, std = images[training].mean(), images[training].std()
print(f"mean {mean:.4f}, std {std:.4f}")
#> mean 0.2859, std 0.3529


def normalise(x):
    return (x - mean) / std


train_x, train_y = normalise(images[training]), labels[training]
val_x, val_y = normalise(images[validation]), labels[validation]
test_x, test_y = normalise(test_images), test_labels  # kept for the end

# the overfitting experiments: the first 1,000 of the shuffled training set
small_x, small_y = train_x[:1000], train_y[:1000]
print(small_y.bincount().tolist())  # images per class
#> [103, 110, 100, 89, 101, 95, 114, 92, 105, 91]
# --8<-- [end:split]
