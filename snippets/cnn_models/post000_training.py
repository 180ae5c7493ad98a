from cnn_models.models import Post000CNN
from training_and_evaluation.fashion_mnist import (
    CLASSES,
    DEVICE,
    evaluate,
    load_fashion_mnist,
    train_epoch,
)

# --8<-- [start:data]
import torch

train_x, train_y, test_x, test_y = load_fashion_mnist()
PULLOVER, COAT = CLASSES.index("Pullover"), CLASSES.index("Coat")


def two_classes(images, labels):
    keep = (labels == PULLOVER) | (labels == COAT)
    return images[keep], (
        labels[keep] == COAT
    ).long()  # class 0 = pullover, class 1 = coat


train_x, train_y = two_classes(train_x, train_y)
test_x, test_y = two_classes(test_x, test_y)
print(f"{len(train_x):,} training and {len(test_x):,} test images")
#> 12,000 training and 2,000 test images
# --8<-- [end:data]

# --8<-- [start:train]
torch.manual_seed(0)
model = Post000CNN(image_size=28, num_classes=2).to(DEVICE)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
# the shuffling order, separate from the weights
generator = torch.Generator().manual_seed(0)
for epoch in range(1, 3):
    train_loss = train_epoch(
        model, optimizer, train_x, train_y, batch_size=100, generator=generator
    )
    test_loss, accuracy = evaluate(model, test_x, test_y)
    print(
        f"epoch {epoch}: train loss {train_loss:.4f}, "
        f"test loss {test_loss:.4f}, accuracy {accuracy:.2f}%"
    )
    #> epoch 1: train loss 0.3774, test loss 0.2757, accuracy 88.50%
    #> epoch 2: train loss 0.2101, test loss 0.1989, accuracy 91.40%
# --8<-- [end:train]
