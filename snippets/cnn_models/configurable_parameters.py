from cnn_models.models import ConfigurableCNN


# --8<-- [start:demo]
def count(module):
    return sum(p.numel() for p in module.parameters())


configurations = {
    "post 003's call: cdims (32, 64), hdims (32,)": dict(
        cdims=(32, 64), hdims=(32,)
    ),
    "the defaults: hdims (1024, 128)": dict(),
    "post 003's call with batch-norm": dict(
        cdims=(32, 64), hdims=(32,), batchnorm=True
    ),
    "5x5 kernels": dict(ksize=5, cdims=(32, 64), hdims=(32,)),
    "three conv blocks: cdims (32, 64, 128)": dict(
        cdims=(32, 64, 128), hdims=(32,)
    ),
}
for name, config in configurations.items():
    print(f"{name:46} {count(ConfigurableCNN(**config)):>9,}")
    #> post 003's call: cdims (32, 64), hdims (32,)     119,530
    #> the defaults: hdims (1024, 128)                3,363,594
    #> post 003's call with batch-norm                  119,722
    #> 5x5 kernels                                      152,810
    #> three conv blocks: cdims (32, 64, 128)           129,898
# --8<-- [end:demo]

# --8<-- [start:layers]
model = ConfigurableCNN(cdims=(32, 64), hdims=(32,), batchnorm=True)
print(model)
#> ConfigurableCNN(
#>   (0): Conv2d(1, 32, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#>   (1): BatchNorm2d(32, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#>   (3): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
#>   (4): Dropout2d(p=0.5, inplace=False)
#>   (5): Conv2d(32, 64, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#>   (6): BatchNorm2d(64, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (7): ReLU()
#>   (8): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
#>   (9): Dropout2d(p=0.5, inplace=False)
#>   (10): Flatten(start_dim=1, end_dim=-1)
#>   (11): Linear(in_features=3136, out_features=32, bias=True)
#>   (12): ReLU()
#>   (13): Linear(in_features=32, out_features=10, bias=True)
#> )
for layer in model:
    if count(layer):
        print(f"{type(layer).__name__:12} {count(layer):>7,}")
        #> Conv2d           320
        #> BatchNorm2d       64
        #> Conv2d        18,496
        #> BatchNorm2d      128
        #> Linear       100,384
        #> Linear           330
# --8<-- [end:layers]
