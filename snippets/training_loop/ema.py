"""An exponential moving average of the weights, and early stopping that
keeps the best checkpoint and restores it at the end."""

from training_loop.loop import ema_of, new_run, train_one_epoch, validate

# --8<-- [start:fit]
import torch


def fit(seed, epochs, patience=2, path="best.pt"):
    """Trains with an EMA of the weights; stops once the EMA's validation
    accuracy has not improved for `patience` epochs, and returns the EMA
    model as it was at its best epoch."""
    run = new_run(seed, epochs)
    ema = ema_of(run.model)
    best, since_best = 0.0, 0
    for epoch in range(epochs):
        loss = train_one_epoch(run, ema)
        accuracy = validate(run.model, run.val_loader)[1]
        ema_accuracy = validate(ema, run.val_loader)[1]
        print(
            f"epoch {epoch}: loss {loss:.4f}, validation accuracy",
            f"{accuracy:.1f}%, EMA {ema_accuracy:.1f}%",
        )
        if ema_accuracy > best:
            best, since_best = ema_accuracy, 0
            torch.save(ema.module.state_dict(), path)
        else:
            since_best += 1
            if since_best == patience:
                break
    ema.module.load_state_dict(torch.load(path, weights_only=True))
    return ema.module, run.val_loader, best


model, val_loader, best = fit(seed=0, epochs=10)
#> epoch 0: loss 1.3242, validation accuracy 66.9%, EMA 53.0%
#> epoch 1: loss 0.7159, validation accuracy 76.1%, EMA 71.7%
#> epoch 2: loss 0.6650, validation accuracy 75.7%, EMA 78.7%
#> epoch 3: loss 0.6089, validation accuracy 82.1%, EMA 81.8%
#> epoch 4: loss 0.5386, validation accuracy 82.8%, EMA 83.8%
#> epoch 5: loss 0.4878, validation accuracy 83.4%, EMA 85.7%
#> epoch 6: loss 0.4371, validation accuracy 85.4%, EMA 86.0%
#> epoch 7: loss 0.3984, validation accuracy 85.7%, EMA 87.0%
#> epoch 8: loss 0.3664, validation accuracy 85.3%, EMA 86.6%
#> epoch 9: loss 0.3274, validation accuracy 86.8%, EMA 86.5%
restored = validate(model, val_loader)[1]
print(f"restored: {restored:.1f}%, the best epoch's: {best:.1f}%")
#> restored: 87.0%, the best epoch's: 87.0%
# --8<-- [end:fit]
