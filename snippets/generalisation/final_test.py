"""The test set, scored once, for the setting chosen on the validation set."""

from generalisation.cures import accuracies, chosen, models
from generalisation.split import test_x, test_y
from training_and_evaluation.fashion_mnist import evaluate

# --8<-- [start:test]
test_loss, test_accuracy = evaluate(models[chosen], test_x, test_y)
print(
    f"{chosen}: validation {accuracies[chosen]:.2f}%, test {test_accuracy:.2f}%"
)
#> weight decay 0.5: validation 82.90%, test 82.92%
# --8<-- [end:test]
