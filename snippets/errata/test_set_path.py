import tempfile

from torchvision import datasets

empty_folder = tempfile.mkdtemp()  # stands in for a fresh clone, where ./.data does not exist

# --8<-- [start:demo]
try:
    datasets.FashionMNIST(empty_folder + "/.data", train=False)  # seed 002: './.data', no download
except RuntimeError as error:
    print(error)
    #> Dataset not found. You can use download=True to download it

test_set = datasets.FashionMNIST("./data", train=False, download=True)  # same root as train
print(len(test_set))
#> 10000
# --8<-- [end:demo]
