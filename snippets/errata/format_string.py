# --8<-- [start:demo]
epoch, batch_idx, seen, total, loss = 1, 200, 12800, 60000, 1.112408

try:
    print(
        # post 002's line
        "Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss:[:.6f}".format(
            epoch, seen, total, 100.0 * batch_idx / 938, loss
        )
    )
except ValueError as error:
    print(error)
    #> Single '}' encountered in format string

print(
    "Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}".format(
        epoch, seen, total, 100.0 * batch_idx / 938, loss
    )
)
#> Train Epoch: 1 [12800/60000 (21%)]	Loss: 1.112408
# --8<-- [end:demo]
