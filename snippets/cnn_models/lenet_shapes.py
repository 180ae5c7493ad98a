from cnn_models.models import D2LLeNet, LeNet5

# --8<-- [start:demo]
import torch

x = torch.zeros(1, 1, 28, 28)
for layer in LeNet5():  # an nn.Sequential iterates over its layers
    x = layer(x)
    print(f"{type(layer).__name__:9} {tuple(x.shape)}")
    #> Conv2d    (1, 6, 28, 28)
    #> ReLU      (1, 6, 28, 28)
    #> MaxPool2d (1, 6, 14, 14)
    #> Conv2d    (1, 16, 10, 10)
    #> ReLU      (1, 16, 10, 10)
    #> MaxPool2d (1, 16, 5, 5)
    #> Flatten   (1, 400)
    #> Linear    (1, 120)
    #> ReLU      (1, 120)
    #> Linear    (1, 84)
    #> ReLU      (1, 84)
    #> Linear    (1, 10)
for model in (LeNet5(), D2LLeNet()):
    print(
        f"{type(model).__name__}: "
        f"{sum(p.numel() for p in model.parameters()):,} parameters"
    )
    #> LeNet5: 61,706 parameters
    #> D2LLeNet: 61,706 parameters
# --8<-- [end:demo]
