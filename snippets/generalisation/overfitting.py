"""Overfitting demonstrated: the small CNN memorises 1,000 images while its
validation loss rises; early stopping keeps the epoch of lowest validation
loss."""

from generalisation.training import report, train_small

# --8<-- [start:curves]
import matplotlib.pyplot as plt

plain, history, stopped = train_small(watch=True)
for epoch, (train_loss, val_loss, val_accuracy) in enumerate(history, 1):
    if epoch % 5 == 0 or epoch == 1:
        print(
            f"epoch {epoch:2}: training loss {train_loss:.4f}, "
            f"validation loss {val_loss:.4f}, accuracy {val_accuracy:.2f}%"
        )
        #> epoch  1: training loss 1.0547, validation loss 1.1597, accuracy 57.14%
        #> epoch  5: training loss 0.4586, validation loss 0.5695, accuracy 78.30%
        #> epoch 10: training loss 0.2630, validation loss 0.5460, accuracy 81.20%
        #> epoch 15: training loss 0.1390, validation loss 0.5754, accuracy 81.82%
        #> epoch 20: training loss 0.0619, validation loss 0.6702, accuracy 81.96%
        #> epoch 25: training loss 0.0537, validation loss 0.7695, accuracy 80.84%
        #> epoch 30: training loss 0.0170, validation loss 0.8813, accuracy 82.14%

epochs = range(1, len(history) + 1)
best_epoch = min(epochs, key=lambda epoch: history[epoch - 1][1])
fig, ax = plt.subplots(figsize=(6, 3))
ax.plot(epochs, [h[0] for h in history], label="training (1,000 images)")
ax.plot(epochs, [h[1] for h in history], label="validation (5,000 images)")
ax.axvline(
    best_epoch, color="gray", linestyle=":", label="lowest validation loss"
)
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:curves]

# --8<-- [start:early_stopping]
print(f"lowest validation loss after epoch {best_epoch}")
#> lowest validation loss after epoch 7
report(stopped)  # the copy kept at that epoch
#> training loss 0.3243, validation loss 0.4989, validation accuracy 82.22%
report(plain)  # after all 30 epochs
#> training loss 0.0170, validation loss 0.8813, validation accuracy 82.14%
# --8<-- [end:early_stopping]
