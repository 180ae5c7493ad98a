from training_and_evaluation.fashion_mnist import DEVICE


# --8<-- [start:data]
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim


def vertical_line(column):
    image = torch.zeros(10, 10)
    image[:, column] = 1
    return image


ones = [
    vertical_line(column) for column in range(4)
]  # post 001's one_image_1 to one_image_4
# post 001's two_image_1
two = torch.tensor(
    [
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
        [0, 1, 1, 1, 1, 1, 1, 1, 1, 0],
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, 1, 1, 1, 1, 1, 1, 1, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
    dtype=torch.float32,
)
names = [
    "one_image_1",
    "one_image_2",
    "one_image_3",
    "one_image_4",
    "two_image_1",
]

fig, axes = plt.subplots(1, 5, figsize=(6, 1.6))
for ax, name, image in zip(axes, names, ones + [two]):
    ax.imshow(image.numpy(), cmap="gray_r")
    ax.set_title(name, fontsize=8)
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()
# --8<-- [end:data]


# --8<-- [start:model]
class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, 5, 1)  # 10 kernels of 5x5, stride 1
        # 10 maps of 6x6 = 360 features -> 10 scores
        self.linear = nn.Linear(10 * 6 * 6, 10)

    def forward(self, x):
        # one image: batch 1, channel 1
        output = F.relu(self.conv1(x.view(1, 1, 10, 10)))
        return self.linear(output.view(1, -1))


torch.manual_seed(0)
model = CNN().to(DEVICE)
print(model.conv1(ones[0].view(1, 1, 10, 10).to(DEVICE)).shape)
#> torch.Size([1, 10, 6, 6])
# --8<-- [end:model]

# --8<-- [start:train]
# fused=True: Adam's square roots exactly rounded, so every CPU computes
# the page's numbers
optimizer = optim.Adam(model.parameters(), lr=0.01, fused=True)
loss_function = nn.CrossEntropyLoss()


# the post types these out: torch.tensor([0, 1, 0, ..., 0], dtype=torch.float32)
def one_hot(digit):
    return F.one_hot(torch.tensor([digit]), num_classes=10).float().to(DEVICE)


for epoch in range(100):
    for image, digit in [(image, 1) for image in ones] + [(two, 2)]:
        model.train()
        output = model(image.to(DEVICE))
        optimizer.zero_grad()
        loss = loss_function(output, one_hot(digit))
        loss.backward()
        optimizer.step()
    if epoch % 25 == 0 or epoch == 99:  # the post prints every step: 500 lines
        print(f"epoch {epoch:2d}: loss on two_image_1 {loss.item():.6f}")
        #> epoch  0: loss on two_image_1 3.253887
        #> epoch 25: loss on two_image_1 0.000295
        #> epoch 50: loss on two_image_1 0.000048
        #> epoch 75: loss on two_image_1 0.000008
        #> epoch 99: loss on two_image_1 0.000003

# The post predicts in training mode, recording gradients: harmless for this
# model (no dropout or batch-norm), but evaluation code calls model.eval()
# and runs under torch.no_grad(), as Training and evaluation shows.
for name, image in zip(names, ones + [two]):
    print(f"{name} : {torch.argmax(model(image.to(DEVICE)))}")
    #> one_image_1 : 1
    #> one_image_2 : 1
    #> one_image_3 : 1
    #> one_image_4 : 1
    #> two_image_1 : 2
# --8<-- [end:train]

# --8<-- [start:targets]
torch.manual_seed(1)
logits = torch.randn(1, 10).to(DEVICE)  # any scores for the 10 classes
probabilities = one_hot(2)  # post 001's form: a probability for every class
# the usual form: the index of the class
index = torch.tensor([2], device=DEVICE)
print(f"{loss_function(logits, probabilities).item():.4f}")
#> 2.2668
print(f"{loss_function(logits, index).item():.4f}")
#> 2.2668
# both are -log p(class 2)
print(f"{-F.log_softmax(logits, dim=1)[0, 2].item():.4f}")
#> 2.2668

try:  # a one-hot row of integers is neither form
    loss_function(logits, one_hot(2).long())
except RuntimeError as error:
    print(error)
    #> Expected floating point type for target with class probabilities, got Long

# only probabilities can say this
soft = torch.tensor([[0, 0.8, 0.2, 0, 0, 0, 0, 0, 0, 0]], device=DEVICE)
print(f"{loss_function(logits, soft).item():.4f}")
#> 2.1026
# --8<-- [end:targets]
