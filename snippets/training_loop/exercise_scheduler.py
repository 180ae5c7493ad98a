"""Exercise: resume without the scheduler's state, and see the learning
rate the next epoch starts from."""

from training_loop.loop import new_run

# --8<-- [start:solution]
run = new_run(seed=0, epochs=2)
for _ in range(len(run.train_loader)):  # one epoch of schedule, no training
    run.optimizer.step()
    run.scheduler.step()
optimizer_state = run.optimizer.state_dict()
scheduler_state = run.scheduler.state_dict()

for restore in (True, False):
    resumed = new_run(seed=0, epochs=2)
    resumed.optimizer.load_state_dict(optimizer_state)  # as load_checkpoint
    if restore:
        resumed.scheduler.load_state_dict(scheduler_state)
    rates = []
    for _ in range(3):  # the second epoch's first three steps
        rates.append(f"{resumed.optimizer.param_groups[0]['lr']:.4f}")
        resumed.optimizer.step()
        resumed.scheduler.step()
    print(f"scheduler restored: {restore}, learning rates", *rates)
    #> scheduler restored: True, learning rates 0.0399 0.0392 0.0384
    #> scheduler restored: False, learning rates 0.0399 0.0021 0.0023
# --8<-- [end:solution]
