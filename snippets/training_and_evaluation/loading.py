from training_and_evaluation.fashion_mnist import (
    CLASSES,
    DEVICE,
    load_fashion_mnist,
    predict,
)

# --8<-- [start:demo]
import torch

train_x, train_y, test_x, test_y = load_fashion_mnist()
print(train_x.shape, train_x.dtype, train_y.shape, train_y.dtype)
#> torch.Size([60000, 1, 28, 28]) torch.float32 torch.Size([60000]) torch.int64
print(test_x.shape)
#> torch.Size([10000, 1, 28, 28])
print(f"training set: mean {train_x.mean().abs():.3f}, std {train_x.std():.3f}")
#> training set: mean 0.000, std 1.000
# normalised with the training statistics
print(f"test set:     mean {test_x.mean():.3f}, std {test_x.std():.3f}")
#> test set:     mean 0.002, std 0.998
print(train_y[:5].tolist(), [CLASSES[label] for label in train_y[:5]])
#> [9, 0, 0, 3, 0] ['Ankle boot', 'T-shirt/top', 'T-shirt/top', 'Dress', 'T-shirt/top']
# --8<-- [end:demo]

# --8<-- [start:batch]
generator = torch.Generator().manual_seed(0)
# a shuffled order, made on the CPU
order = torch.randperm(len(train_x), generator=generator).to(DEVICE)
batch = order[:64]
# one batch: 64 images and their 64 labels
print(train_x[batch].shape, train_y[batch].shape)
#> torch.Size([64, 1, 28, 28]) torch.Size([64])
# --8<-- [end:batch]

# --8<-- [start:device]
import torch.nn as nn

# any model: here the smallest classifier of 28x28 images
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10)).to(DEVICE)
print(next(model.parameters()).device == train_x.device == test_y.device)
#> True
print(predict(model, test_x).shape)
#> torch.Size([10000, 10])
# --8<-- [end:device]
