"""Exercise: resume without the scheduler's state, and see the learning
rate the next epoch starts from."""

from training_loop.loop import new_run

# --8<-- [start:solution]
run = new_run(seed=0, epochs=2)
for _ in range(len(run.train_loader)):  # one epoch of schedule, no training
    run.optimizer.step()
    run.scheduler.step()
saved = run.scheduler.state_dict()

for restore in (True, False):
    resumed = new_run(seed=0, epochs=2)
    if restore:
        resumed.scheduler.load_state_dict(saved)
    print(
        f"scheduler restored: {restore}, learning rate",
        f"{resumed.scheduler.get_last_lr()[0]:.4f}",
    )
    #> scheduler restored: True, learning rate 0.0399
    #> scheduler restored: False, learning rate 0.0020
# --8<-- [end:solution]
