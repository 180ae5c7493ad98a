"""Stop a run, start it again from a file, and get the same bits as a run
that never stopped: the model, the optimiser, the schedule, the scaler and
both random number generators go into the checkpoint."""

from training_loop.loop import new_run, train_one_epoch

# --8<-- [start:save]
import torch


def save_checkpoint(path, run, epoch):
    torch.save(
        {
            "epoch": epoch,
            "model": run.model.state_dict(),  # batch-norm's statistics too
            "optimizer": run.optimizer.state_dict(),  # momentum buffers
            "scheduler": run.scheduler.state_dict(),  # where in the cycle
            "scaler": run.scaler.state_dict(),
            "shuffle": run.train_loader.generator.get_state(),
            "augment": torch.get_rng_state(),  # crops and flips draw here
        },
        path,
    )


def load_checkpoint(path, run, rng=True):
    """Puts the saved state into a new run; returns the next epoch."""
    # weights_only: tensors, numbers and strings, never code
    checkpoint = torch.load(path, weights_only=True)
    run.model.load_state_dict(checkpoint["model"])
    run.optimizer.load_state_dict(checkpoint["optimizer"])
    run.scheduler.load_state_dict(checkpoint["scheduler"])
    run.scaler.load_state_dict(checkpoint["scaler"])
    if rng:
        run.train_loader.generator.set_state(checkpoint["shuffle"])
        torch.set_rng_state(checkpoint["augment"])
    return checkpoint["epoch"] + 1


# --8<-- [end:save]


# --8<-- [start:resume]
def same_bits(a, b):
    """True if two models hold identical weights and buffers."""
    pairs = zip(a.state_dict().values(), b.state_dict().values())
    return all(torch.equal(x, y) for x, y in pairs)


unbroken = new_run(seed=0, epochs=2)
train_one_epoch(unbroken)
save_checkpoint("checkpoint.pt", unbroken, epoch=0)
train_one_epoch(unbroken)  # the run that never stopped

# what a new process does: new objects, then the state from the file
for rng in (True, False):
    resumed = new_run(seed=1, epochs=2)  # other weights, overwritten
    start = load_checkpoint("checkpoint.pt", resumed, rng=rng)
    train_one_epoch(resumed)
    print(
        f"epoch {start}, RNG state restored: {rng},",
        f"same bits: {same_bits(unbroken.model, resumed.model)}",
    )
    #> epoch 1, RNG state restored: True, same bits: True
    #> epoch 1, RNG state restored: False, same bits: False
# --8<-- [end:resume]
