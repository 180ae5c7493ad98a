from receptive_fields.receptive_field import receptive_field

# --8<-- [start:solution]
# Doubling the dilation each layer grows the field exponentially with depth,
# at full resolution.
for depth in range(1, 5):
    dilations = [2**n for n in range(depth)]
    plain = receptive_field([(3, 1, 1)] * depth)[0]
    dilated = receptive_field([(3, 1, d) for d in dilations])[0]
    print(f"{depth} layers: plain {plain}, dilations {dilations}: {dilated}")
    #> 1 layers: plain 3, dilations [1]: 3
    #> 2 layers: plain 5, dilations [1, 2]: 7
    #> 3 layers: plain 7, dilations [1, 2, 4]: 15
    #> 4 layers: plain 9, dilations [1, 2, 4, 8]: 31
# --8<-- [end:solution]
