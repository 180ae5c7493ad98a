from cnn_models.models import Post000CNN

# --8<-- [start:demo]
import torch

model = Post000CNN(image_size=200)
names = {layer: name for name, layer in model.named_modules()}
rows = []


# a forward hook: PyTorch calls it with each layer's input and output
def record(layer, inputs, output):
    rows.append(
        (
            names[layer],
            type(layer).__name__,
            tuple(inputs[0].shape),
            tuple(output.shape),
            sum(p.numel() for p in layer.parameters()),
        )
    )


for layer in model.modules():
    # the leaves: Conv2d, ReLU, MaxPool2d, Linear, Dropout
    if not list(layer.children()):
        layer.register_forward_hook(record)

model(torch.zeros(1, 1, 200, 200))
print(f"{'layer':19} {'input':18} {'output':18} parameters")
#> layer               input              output             parameters
for name, kind, shape_in, shape_out, count in rows:
    print(
        f"{name:9} {kind:9} {str(shape_in):18} {str(shape_out):18} {count:>10,}"
    )
    #> layer1.0  Conv2d    (1, 1, 200, 200)   (1, 32, 200, 200)         320
    #> layer1.1  ReLU      (1, 32, 200, 200)  (1, 32, 200, 200)           0
    #> layer1.2  MaxPool2d (1, 32, 200, 200)  (1, 32, 100, 100)           0
    #> layer2.0  Conv2d    (1, 32, 100, 100)  (1, 64, 100, 100)      18,496
    #> layer2.1  ReLU      (1, 64, 100, 100)  (1, 64, 100, 100)           0
    #> layer2.2  MaxPool2d (1, 64, 100, 100)  (1, 64, 50, 50)             0
    #> layer3.0  Conv2d    (1, 64, 50, 50)    (1, 128, 50, 50)       73,856
    #> layer3.1  ReLU      (1, 128, 50, 50)   (1, 128, 50, 50)            0
    #> layer3.2  MaxPool2d (1, 128, 50, 50)   (1, 128, 25, 25)            0
    #> layer4.0  Linear    (1, 80000)         (1, 625)           50,000,625
    #> layer4.1  ReLU      (1, 625)           (1, 625)                    0
    #> layer4.2  Dropout   (1, 625)           (1, 625)                    0
    #> fc2       Linear    (1, 625)           (1, 2)                  1,252
# --8<-- [end:demo]

# --8<-- [start:sizes]
for size in (200, 28):
    model = Post000CNN(image_size=size)
    print(
        f"{size}x{size}: layer4 takes {model.layer4[0].in_features:,} inputs, "
        f"{sum(p.numel() for p in model.parameters()):,} parameters in all"
    )
    #> 200x200: layer4 takes 80,000 inputs, 50,094,549 parameters in all
    #> 28x28: layer4 takes 1,152 inputs, 814,549 parameters in all

try:
    # built for 200x200, given 28x28
    Post000CNN(image_size=200)(torch.zeros(1, 1, 28, 28))
except RuntimeError as error:
    print(error)
    #> mat1 and mat2 shapes cannot be multiplied (1x1152 and 80000x625)
# --8<-- [end:sizes]

# --8<-- [start:third_pool]
import torch.nn as nn

# the third pooling of a 28x28 image meets a 7x7 map
maps = torch.zeros(1, 128, 7, 7)
for padding in (0, 1):
    side = nn.MaxPool2d(2, 2, padding=padding)(maps).shape[-1]
    print(
        f"padding={padding}: {side}x{side} maps, {128 * side * side:,} features"
    )
    #> padding=0: 3x3 maps, 1,152 features
    #> padding=1: 4x4 maps, 2,048 features
# --8<-- [end:third_pool]
