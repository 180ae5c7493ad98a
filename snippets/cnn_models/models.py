"""The models of the source posts, written idiomatically (post 002's is in
training_and_evaluation/post002_model.py, where it is first trained). Training
happens in the other snippets."""

# --8<-- [start:post000]
import torch.nn as nn


class Post000CNN(nn.Module):
    """Post 000: three conv-ReLU-pool blocks (1 -> 32 -> 64 -> 128 channels),
    then 625 -> 2. The attribute names are the post's: layer1 to layer4,
    then fc2."""

    def __init__(self, image_size=28, num_classes=2, keep_prob=0.5):
        super().__init__()
        self.layer1 = nn.Sequential(
            nn.Conv2d(1, 32, kernel_size=3, stride=1, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
        )
        self.layer2 = nn.Sequential(
            nn.Conv2d(32, 64, kernel_size=3, stride=1, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
        )
        self.layer3 = nn.Sequential(
            nn.Conv2d(64, 128, kernel_size=3, stride=1, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2, 2),
        )
        # each pooling halves the side, rounding down
        side = image_size // 2 // 2 // 2
        self.layer4 = nn.Sequential(
            nn.Linear(128 * side * side, 625),
            nn.ReLU(),
            nn.Dropout(p=1 - keep_prob),
        )
        self.fc2 = nn.Linear(625, num_classes)

    def forward(self, x):
        x = self.layer3(self.layer2(self.layer1(x)))
        # flatten each image's 128 maps into one row for the Linear layers
        x = x.view(x.size(0), -1)
        return self.fc2(self.layer4(x))


# --8<-- [end:post000]


# --8<-- [start:configurable]
class ConfigurableCNN(nn.Sequential):
    """Post 003's ConvolutionalNeuralNetworkClass: one conv block per entry of
    `cdims`, one dense layer per entry of `hdims`, then `ydim` outputs; optional
    batch-norm; Kaiming initialisation."""

    def __init__(
        self,
        xdim=(1, 28, 28),
        ksize=3,
        cdims=(32, 64),
        hdims=(1024, 128),
        ydim=10,
        batchnorm=False,
    ):
        channels, height, width = xdim
        layers = []
        for cdim in cdims:
            # keeps the size (odd ksize)
            layers.append(nn.Conv2d(channels, cdim, ksize, padding=ksize // 2))
            if batchnorm:
                layers.append(nn.BatchNorm2d(cdim))
            layers += [
                nn.ReLU(),
                nn.MaxPool2d(2),
                nn.Dropout2d(0.5),
            ]  # Dropout2d: drops whole maps
            channels, height, width = cdim, height // 2, width // 2
        layers.append(nn.Flatten())
        features = channels * height * width
        for hdim in hdims:
            layers += [nn.Linear(features, hdim), nn.ReLU()]
            features = hdim
        layers.append(nn.Linear(features, ydim))
        super().__init__(*layers)
        for module in self.modules():
            if isinstance(module, (nn.Conv2d, nn.Linear)):
                # He et al.: keeps ReLU activations' scale
                nn.init.kaiming_normal_(module.weight)
                nn.init.zeros_(module.bias)
        # BatchNorm2d starts at weight 1 and bias 0 already,
        # which the post sets by hand.


# --8<-- [end:configurable]


# --8<-- [start:lenet]
class LeNet5(nn.Sequential):
    """LeNet-5 for 28x28 inputs, with the modern ReLU and max-pooling.
    Padding 2 on the first convolution gives it the 32x32 input the original
    was designed for."""

    def __init__(self, num_classes=10):
        super().__init__(
            nn.Conv2d(1, 6, kernel_size=5, padding=2),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(6, 16, kernel_size=5),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(16 * 5 * 5, 120),
            nn.ReLU(),
            nn.Linear(120, 84),
            nn.ReLU(),
            nn.Linear(84, num_classes),
        )


class D2LLeNet(nn.Sequential):
    """Dive into Deep Learning's LeNet: the same layers with sigmoid and average
    pooling, and Xavier-uniform weights as d2l's training function sets them."""

    def __init__(self, num_classes=10):
        super().__init__(
            nn.Conv2d(1, 6, kernel_size=5, padding=2),
            nn.Sigmoid(),
            nn.AvgPool2d(2),
            nn.Conv2d(6, 16, kernel_size=5),
            nn.Sigmoid(),
            nn.AvgPool2d(2),
            nn.Flatten(),
            nn.Linear(16 * 5 * 5, 120),
            nn.Sigmoid(),
            nn.Linear(120, 84),
            nn.Sigmoid(),
            nn.Linear(84, num_classes),
        )
        for module in self.modules():
            if isinstance(module, (nn.Conv2d, nn.Linear)):
                nn.init.xavier_uniform_(module.weight)


# --8<-- [end:lenet]
