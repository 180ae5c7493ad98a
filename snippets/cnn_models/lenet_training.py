from cnn_models.models import D2LLeNet, LeNet5
from training_and_evaluation.fashion_mnist import (
    DEVICE,
    evaluate,
    load_fashion_mnist,
    train_epoch,
)

# --8<-- [start:d2l]
import torch

# d2l feeds ToTensor()'s [0, 1]
train_x, train_y, test_x, test_y = load_fashion_mnist(normalize=False)
torch.manual_seed(0)
model = D2LLeNet().to(DEVICE)
optimizer = torch.optim.SGD(model.parameters(), lr=0.9)
generator = torch.Generator().manual_seed(0)
EPOCHS = 10
for epoch in range(1, EPOCHS + 1):
    train_loss = train_epoch(
        model, optimizer, train_x, train_y, batch_size=256, generator=generator
    )
    print(
        f"d2l LeNet, epoch {epoch:2}: train loss {train_loss:.3f}, "
        f"test accuracy {evaluate(model, test_x, test_y)[1]:.2f}%"
    )
    #> d2l LeNet, epoch  1: train loss 2.310, test accuracy 11.47%
    #> d2l LeNet, epoch  2: train loss 1.199, test accuracy 60.96%
    #> d2l LeNet, epoch  3: train loss 0.824, test accuracy 70.31%
    #> d2l LeNet, epoch  4: train loss 0.701, test accuracy 71.26%
    #> d2l LeNet, epoch  5: train loss 0.633, test accuracy 74.52%
    #> d2l LeNet, epoch  6: train loss 0.588, test accuracy 78.24%
    #> d2l LeNet, epoch  7: train loss 0.548, test accuracy 78.49%
    #> d2l LeNet, epoch  8: train loss 0.513, test accuracy 80.64%
    #> d2l LeNet, epoch  9: train loss 0.490, test accuracy 80.86%
    #> d2l LeNet, epoch 10: train loss 0.470, test accuracy 79.68%
# The recipe above is the 0.17 edition's (its last release, v0.17.6, 2022),
# which reports 77.6%; the 1.0 edition (2023) trains the same LeNet with
# plain SGD and Xavier weights too, but at another learning rate and batch.
d2l_editions = {
    "0.17": dict(lr=0.9, batch_size=256, epochs=10, reported="77.6%"),
    "1.0": dict(lr=0.1, batch_size=128, epochs=10),
}
for edition, recipe in d2l_editions.items():
    print(f"Dive into Deep Learning {edition}: {recipe}")
    #> Dive into Deep Learning 0.17: {'lr': 0.9, 'batch_size': 256, 'epochs': 10, 'reported': '77.6%'}
    #> Dive into Deep Learning 1.0: {'lr': 0.1, 'batch_size': 128, 'epochs': 10}
# --8<-- [end:d2l]

# --8<-- [start:modern]
# normalised with the training set's statistics
train_x, train_y, test_x, test_y = load_fashion_mnist()
torch.manual_seed(0)
model = LeNet5().to(DEVICE)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
generator = torch.Generator().manual_seed(0)
for epoch in range(1, 4):
    train_loss = train_epoch(
        model, optimizer, train_x, train_y, batch_size=64, generator=generator
    )
    print(
        f"LeNet-5,   epoch {epoch:2}: train loss {train_loss:.3f}, "
        f"test accuracy {evaluate(model, test_x, test_y)[1]:.2f}%"
    )
    #> LeNet-5,   epoch  1: train loss 0.569, test accuracy 85.24%
    #> LeNet-5,   epoch  2: train loss 0.356, test accuracy 87.59%
    #> LeNet-5,   epoch  3: train loss 0.306, test accuracy 88.43%
# --8<-- [end:modern]
