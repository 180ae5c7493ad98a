from training_and_evaluation.post002_model import Post002CNN
from training_and_evaluation.fashion_mnist import (
    CLASSES,
    DEVICE,
    evaluate,
    load_fashion_mnist,
    predict,
    train_epoch,
)

# --8<-- [start:train]
import matplotlib.pyplot as plt
import torch

train_x, train_y, test_x, test_y = load_fashion_mnist()
torch.manual_seed(0)
model = Post002CNN().to(DEVICE)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
generator = torch.Generator().manual_seed(0)
for epoch in range(1, 4):
    train_loss = train_epoch(
        model, optimizer, train_x, train_y, batch_size=64, generator=generator
    )
    test_loss, accuracy = evaluate(model, test_x, test_y)
    print(
        f"epoch {epoch}: train loss {train_loss:.4f}, "
        f"test loss {test_loss:.4f}, accuracy {accuracy:.2f}%"
    )
    #> epoch 1: train loss 0.7585, test loss 0.4871, accuracy 81.43%
    #> epoch 2: train loss 0.5265, test loss 0.4271, accuracy 84.14%
    #> epoch 3: train loss 0.4641, test loss 0.3713, accuracy 86.48%
# --8<-- [end:train]

# --8<-- [start:per_class]
predicted = predict(model, test_x).argmax(dim=1)
for label, name in enumerate(CLASSES):
    of_this_class = test_y == label
    correct = (predicted[of_this_class] == label).float().mean().item()
    print(f"{name:12} {100 * correct:5.1f}%")
    #> T-shirt/top   89.9%
    #> Trouser       96.5%
    #> Pullover      83.3%
    #> Dress         89.8%
    #> Coat          75.7%
    #> Sandal        96.7%
    #> Shirt         48.2%
    #> Sneaker       93.8%
    #> Bag           97.2%
    #> Ankle boot    93.7%
# --8<-- [end:per_class]

# --8<-- [start:confusion]
# confusion[i, j]: how many test images of class i were predicted as class j
confusion = (
    torch.bincount(test_y * 10 + predicted, minlength=100).view(10, 10).cpu()
)
shirt = CLASSES.index("Shirt")
print(
    "Shirt predicted as:",
    {
        CLASSES[j]: confusion[shirt, j].item()
        for j in confusion[shirt].argsort(descending=True)[:4].tolist()
    },
)
#> Shirt predicted as: {'Shirt': 482, 'T-shirt/top': 268, 'Pullover': 108, 'Coat': 91}

fig, ax = plt.subplots(figsize=(6, 5))
image = ax.imshow(
    (confusion / confusion.sum(dim=1, keepdim=True)).numpy(),
    cmap="Blues",
    vmin=0,
    vmax=1,
)
ax.set_xticks(range(10), CLASSES, rotation=60, ha="right", fontsize=8)
ax.set_yticks(range(10), CLASSES, fontsize=8)
ax.set_xlabel("predicted class")
ax.set_ylabel("true class")
fig.colorbar(image, ax=ax, label="fraction of the true class")
fig.tight_layout()
plt.show()
# --8<-- [end:confusion]

# --8<-- [start:misclassified]
wrong = (predicted != test_y).nonzero().flatten()
print(f"{len(wrong)} of {len(test_y)} test images misclassified")
#> 1352 of 10000 test images misclassified
fig, axes = plt.subplots(2, 6, figsize=(6, 2.8))
for ax, index in zip(axes.flat, wrong[:12].tolist()):
    ax.imshow(test_x[index, 0].cpu().numpy(), cmap="gray_r")
    ax.set_title(
        f"{CLASSES[test_y[index]]}\nas {CLASSES[predicted[index]]}", fontsize=7
    )
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
plt.show()
# --8<-- [end:misclassified]

# --8<-- [start:save_load]
# the weights only: a dict of named tensors
torch.save(model.state_dict(), "post002_cnn.pt")

# a fresh, randomly initialised model of the same class
restored = Post002CNN().to(DEVICE)
state = torch.load("post002_cnn.pt", map_location=DEVICE, weights_only=True)
restored.load_state_dict(state)
print(list(restored.state_dict())[:4])
#> ['conv1.weight', 'conv1.bias', 'conv2.weight', 'conv2.bias']
print(torch.equal(predict(model, test_x), predict(restored, test_x)))
#> True
# --8<-- [end:save_load]

# --8<-- [start:forgot_eval]
model.train()  # as if evaluate() had forgotten model.eval(): dropout stays on
with torch.no_grad():
    first, second = model(test_x), model(test_x)
print(torch.equal(first, second))
#> False
print(
    f"accuracy in training mode "
    f"{100 * (first.argmax(1) == test_y).float().mean():.2f}%, "
    f"in evaluation mode {evaluate(model, test_x, test_y)[1]:.2f}%"
)
#> accuracy in training mode 83.49%, in evaluation mode 86.48%
# --8<-- [end:forgot_eval]
