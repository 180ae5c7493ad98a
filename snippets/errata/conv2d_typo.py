# --8<-- [start:demo]
import torch.nn as nn

try:
    conv1 = nn.conv2d(1, 10, kernel_size=5)  # as written in post 002
except AttributeError as error:
    print(error)
    #> module 'torch.nn' has no attribute 'conv2d'

# the class is Conv2d; F.conv2d is the function
conv1 = nn.Conv2d(1, 10, kernel_size=5)
print(conv1)
#> Conv2d(1, 10, kernel_size=(5, 5), stride=(1, 1))
# --8<-- [end:demo]
