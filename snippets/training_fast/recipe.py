"""The fast recipe: Fashion-MNIST past 92% test accuracy in under a minute
on two CPU cores.

Every ingredient is a switch, so the chapter can turn each one off and measure
what it was worth.
    PYTHONPATH=snippets python snippets/training_fast/eight_epochs.py
"""

from training_and_evaluation.fashion_mnist import DEVICE


# --8<-- [start:model]
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def conv_bn(in_channels, out_channels):
    # No bias: the batch-norm right after subtracts the mean,
    # which would cancel it.
    return [
        nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(),
    ]


def fast_cnn(width=16, batchnorm=True):
    """Three 3x3 conv blocks, each halving the side: 28 -> 14 -> 7 -> 3,
    then one linear layer."""
    layers = [
        *conv_bn(1, width),
        nn.MaxPool2d(2),
        *conv_bn(width, 2 * width),
        nn.MaxPool2d(2),
        *conv_bn(2 * width, 4 * width),
        nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(4 * width * 3 * 3, 10),
    ]
    if not batchnorm:
        layers = [
            layer for layer in layers if not isinstance(layer, nn.BatchNorm2d)
        ]
    return nn.Sequential(*layers)


# --8<-- [end:model]


# --8<-- [start:train]
def shifted(images, moves, shift, background):
    """Each image moved by its own (down, right) pixels, at most `shift`
    each way, the border it leaves filled with the background."""
    n, channels, height, width = images.shape
    padded = F.pad(images, (shift,) * 4, value=background)
    # pixel (r, c) of image i is pixel (shift - down + r, shift - right + c)
    # of its padded copy: gather the rows, then the columns
    rows = shift - moves[:, :1] + torch.arange(height, device=images.device)
    columns = shift - moves[:, 1:] + torch.arange(width, device=images.device)
    padded = padded.gather(
        2, rows[:, None, :, None].expand(n, channels, height, padded.shape[3])
    )
    return padded.gather(
        3, columns[:, None, None, :].expand(n, channels, height, width)
    )


def bf16_is_fast():
    """bf16 pays off on CUDA and on CPUs with bf16 instructions
    (AVX512-BF16, AMX); elsewhere autocast emulates it and runs slower."""
    if DEVICE.type == "cuda":
        # not where it is only emulated (T4, V100): there it is slower
        return torch.cuda.is_bf16_supported(including_emulation=False)
    cpu = torch.cpu.get_capabilities()
    # ...and only where PyTorch runs its AVX-512 kernels:
    # not under the book's pinned AVX2 mode.
    return bool(
        (cpu.get("avx512_bf16") or cpu.get("amx_bf16"))
        and torch.backends.cpu.get_cpu_capability() == "AVX512"
    )


def train(
    model,
    images,
    labels,
    epochs=4,
    batch_size=256,
    lr=0.2,
    one_cycle=True,
    cycle_momentum=True,
    label_smoothing=0.0,
    flip=True,
    shift=0,
    bf16=None,
    channels_last=True,
    seed=0,
    on_epoch=None,
):
    """SGD with Nesterov momentum on in-memory tensors;
    returns the training time in seconds."""
    bf16 = bf16_is_fast() if bf16 is None else bf16
    memory_format = (
        torch.channels_last if channels_last else torch.contiguous_format
    )
    model.to(DEVICE, memory_format=memory_format).train()
    optimizer = torch.optim.SGD(
        model.parameters(),
        lr=lr,
        momentum=0.9,
        nesterov=True,
        weight_decay=5e-4,
    )
    steps_per_epoch = math.ceil(len(images) / batch_size)
    schedule = (
        torch.optim.lr_scheduler.OneCycleLR(
            optimizer,
            max_lr=lr,
            total_steps=epochs * steps_per_epoch,
            pct_start=0.25,
            # PyTorch's default: momentum falls 0.95 -> 0.85 as the learning
            # rate rises, and back; False keeps SGD's 0.9 throughout
            cycle_momentum=cycle_momentum,
        )
        if one_cycle
        else None
    )
    generator = torch.Generator().manual_seed(seed)
    if shift:  # the normalised 0: the background every Fashion-MNIST image has
        background = float(images.amin())
    seconds = 0.0
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        model.train()
        order = torch.randperm(len(images), generator=generator).to(
            images.device
        )
        flips = (
            torch.rand(len(images), generator=generator).to(images.device) < 0.5
        )
        if shift:  # off in the recipe; the records section tries it
            moves = torch.randint(
                -shift, shift + 1, (len(images), 2), generator=generator
            ).to(images.device)
        for first in range(0, len(images), batch_size):
            batch = order[first : first + batch_size]
            x = images[batch]
            if flip:  # a coin per image: a flipped coat is still a coat
                x = torch.where(flips[batch, None, None, None], x.flip(3), x)
            if shift:  # and so is a coat moved a pixel or two
                x = shifted(x, moves[batch], shift, background)
            x = x.contiguous(memory_format=memory_format)
            with torch.autocast(
                DEVICE.type, dtype=torch.bfloat16, enabled=bf16
            ):
                loss = F.cross_entropy(
                    model(x), labels[batch], label_smoothing=label_smoothing
                )
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            if schedule:
                schedule.step()
        if DEVICE.type != "cpu":
            # accelerator work is queued: wait for it before reading the clock
            torch.accelerator.synchronize()
        seconds += time.perf_counter() - start
        if on_epoch:
            on_epoch(epoch, seconds)
    return seconds


@torch.inference_mode()
def accuracy(model, images, labels, tta=True, bf16=None, batch_size=1000):
    """Test accuracy in %, averaging the logits of each image and its mirror
    image when tta."""
    bf16 = bf16_is_fast() if bf16 is None else bf16
    model.eval()
    correct = 0
    for first in range(0, len(images), batch_size):
        x = images[first : first + batch_size]
        with torch.autocast(DEVICE.type, dtype=torch.bfloat16, enabled=bf16):
            logits = model(x).float()
            if tta:
                logits += model(x.flip(3)).float()
        correct += (
            (logits.argmax(1) == labels[first : first + batch_size])
            .sum()
            .item()
        )
    return 100.0 * correct / len(images)


# --8<-- [end:train]
