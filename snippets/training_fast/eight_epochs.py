"""The fast recipe for 8 epochs, and its test accuracy."""

import torch

from training_and_evaluation.fashion_mnist import load_fashion_mnist
from training_fast.recipe import accuracy, fast_cnn, train

# --8<-- [start:recipe]
train_x, train_y, test_x, test_y = load_fashion_mnist()
torch.manual_seed(0)
model = fast_cnn()
train(model, train_x, train_y, epochs=8)
print(f"test accuracy after 8 epochs: {accuracy(model, test_x, test_y):.2f}%")
#> test accuracy after 8 epochs: 92.42%
# --8<-- [end:recipe]
