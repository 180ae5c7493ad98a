"""A training loop over a DataLoader: mixed precision where it pays,
gradient clipping, a learning-rate schedule, and everything one run needs
kept in one object so that a checkpoint can save it."""

from training_and_evaluation.fashion_mnist import DEVICE
from training_fast.recipe import fast_cnn
from training_loop.image_files import loaders

# --8<-- [start:run]
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader

# float16 on a GPU, with a GradScaler; float32 on the CPU (bfloat16 there:
# the table below measures it)
AMP_DTYPE = torch.float16 if DEVICE.type == "cuda" else None


@dataclass
class Run:
    """Everything a training run changes as it goes."""

    model: nn.Module
    optimizer: torch.optim.Optimizer
    scheduler: torch.optim.lr_scheduler.LRScheduler
    scaler: torch.amp.GradScaler
    train_loader: DataLoader
    val_loader: DataLoader


def new_run(seed, epochs, lr=0.05):
    """A new run: `seed` fixes the initial weights, the order of the batches
    and the augmentations; the one-cycle schedule spans `epochs` epochs."""
    torch.manual_seed(seed)  # the initial weights, and the augmentations
    model = fast_cnn().to(DEVICE)
    train_loader, val_loader = loaders(seed)
    optimizer = torch.optim.SGD(
        model.parameters(),
        lr=lr,
        momentum=0.9,  # OneCycleLR cycles it: 0.95 to 0.85 and back
        nesterov=True,
        weight_decay=5e-4,
    )
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=lr, total_steps=epochs * len(train_loader)
    )
    # only float16 needs its loss scaled; disabled, the scaler does nothing
    scaler = torch.amp.GradScaler(
        DEVICE.type, enabled=AMP_DTYPE == torch.float16
    )
    return Run(model, optimizer, scheduler, scaler, train_loader, val_loader)


# --8<-- [end:run]


# --8<-- [start:loop]
def train_one_epoch(run, ema=None, max_norm=2.0):
    """One pass over the training loader; returns the mean training loss."""
    run.model.train()
    total, seen = torch.zeros((), device=DEVICE), 0
    for images, labels in run.train_loader:
        # non_blocking: from pinned memory, the CPU queues the copy to a GPU
        # and goes on, rather than waiting for it
        images = images.to(DEVICE, non_blocking=True)
        labels = labels.to(DEVICE, non_blocking=True)
        with torch.autocast(
            DEVICE.type, dtype=AMP_DTYPE, enabled=AMP_DTYPE is not None
        ):
            loss = F.cross_entropy(run.model(images), labels)
        run.optimizer.zero_grad()
        run.scaler.scale(loss).backward()
        run.scaler.unscale_(run.optimizer)  # clip the true gradients
        nn.utils.clip_grad_norm_(run.model.parameters(), max_norm)
        run.scaler.step(run.optimizer)  # skipped if a gradient overflowed
        run.scaler.update()
        run.scheduler.step()  # one-cycle: once per batch
        if ema is not None:
            ema.update_parameters(run.model)
        # summed where it is: .item() would make the CPU wait for a GPU
        total += loss.detach() * len(labels)
        seen += len(labels)
    return total.item() / seen


@torch.inference_mode()
def validate(model, loader):
    """(mean loss, accuracy in %) over a loader."""
    model.eval()
    loss, correct, seen = 0.0, 0, 0
    for images, labels in loader:
        images, labels = images.to(DEVICE), labels.to(DEVICE)
        logits = model(images)
        loss += F.cross_entropy(logits, labels, reduction="sum").item()
        correct += (logits.argmax(dim=1) == labels).sum().item()
        seen += len(labels)
    return loss / seen, 100 * correct / seen


# --8<-- [end:loop]


# --8<-- [start:average]
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn


def ema_of(model, decay=0.99):
    """A copy of `model` that follows it: after each update,
    average = decay * average + (1 - decay) * weights. use_buffers:
    batch-norm's running statistics are averaged along with the weights."""
    return AveragedModel(
        model, multi_avg_fn=get_ema_multi_avg_fn(decay), use_buffers=True
    )


# --8<-- [end:average]
