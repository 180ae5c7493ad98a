import tempfile

from torchvision import datasets

# stands in for a fresh clone, where ./.data does not exist
empty_folder = tempfile.mkdtemp()

# --8<-- [start:demo]
try:
    # seed 002: './.data', no download
    datasets.FashionMNIST(empty_folder + "/.data", train=False)
except RuntimeError as error:
    print(error)
    #> Dataset not found. You can use download=True to download it

# same root as train
test_set = datasets.FashionMNIST("./data", train=False, download=True)
print(len(test_set))
#> 10000
# --8<-- [end:demo]
