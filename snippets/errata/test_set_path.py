# --8<-- [start:demo]
from torchvision import datasets

try:
    # post 002: './.data', no download (a fresh folder has no ./.data)
    datasets.FashionMNIST("./.data", train=False)
except RuntimeError as error:
    print(error)
    #> Dataset not found. You can use download=True to download it

# same root as train
test_set = datasets.FashionMNIST("./data", train=False, download=True)
print(len(test_set))
#> 10000
# --8<-- [end:demo]
