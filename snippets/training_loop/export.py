"""The trained model exported for inference: a torch.export program saved
and loaded again, and an ONNX file run by ONNX Runtime, both checked against
the model they came from."""

from training_loop.ema import model, val_loader

# --8<-- [start:export]
import torch

model.eval()  # batch-norm's running statistics, frozen into the graph
images = next(iter(val_loader))[0]  # 1,000 validation images
example = images[:8]
# any batch size from 1 to 1024, not only the example's 8
batch = torch.export.Dim("batch", min=1, max=1024)
exported = torch.export.export(model, (example,), dynamic_shapes=({0: batch},))
torch.export.save(exported, "fashion_cnn.pt2")

loaded = torch.export.load("fashion_cnn.pt2").module()  # no Python class
with torch.inference_mode():
    expected = model(images)
    print(torch.equal(loaded(images), expected))
    #> True
# --8<-- [end:export]

# --8<-- [start:onnx]
import onnxruntime  # pip install onnx onnxscript onnxruntime

onnx_program = torch.onnx.export(
    model,
    (example,),
    dynamic_shapes=({0: batch},),
    dynamo=True,
    verbose=False,
)
onnx_program.save("fashion_cnn.onnx")
session = onnxruntime.InferenceSession(
    "fashion_cnn.onnx", providers=["CPUExecutionProvider"]
)
name = session.get_inputs()[0].name
(onnx_logits,) = session.run(None, {name: images.numpy()})
# another library's kernels: equal within float32's rounding, not bit for bit
torch.testing.assert_close(torch.from_numpy(onnx_logits), expected)
same = (onnx_logits.argmax(axis=1) == expected.argmax(dim=1).numpy()).sum()
print(f"{name}: {tuple(onnx_logits.shape)}, same class for {same} of 1000")
#> input: (1000, 10), same class for 1000 of 1000
# --8<-- [end:onnx]
