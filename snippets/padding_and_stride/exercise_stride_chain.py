from padding_and_stride.output_size import conv_output_size

# --8<-- [start:solution]
size = 224
for layer in range(5):  # five 3x3 convolutions with stride 2 and padding 1
    size = conv_output_size(size, 3, stride=2, padding=1)
    print(f"after layer {layer + 1}: {size}")
    #> after layer 1: 112
    #> after layer 2: 56
    #> after layer 3: 28
    #> after layer 4: 14
    #> after layer 5: 7
# --8<-- [end:solution]
