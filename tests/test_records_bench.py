"""bench/records.py's pieces that decide what the minute's table compares: the pool-first network
is the recipe's with only the order of each block changed, the candidates take every place in the
order in turn, and only the changes that leave the recipe's layers, batch and steps alone borrow
its epochs."""

import sys

import torch
import torch.nn as nn

from book.layout import REPO
from training_fast.recipe import fast_cnn

sys.path.insert(0, str(REPO / "bench"))
import records  # noqa: E402  (bench/ is not a package)


def layers_of(model, kind):
    return [layer for layer in model if isinstance(layer, kind)]


def test_pool_first_is_the_recipe_reordered():
    """With the same weights and batch-norm at its initial statistics (a positive scale), moving the
    max-pool up changes nothing: ReLU and a positive scale commute with the max. Only training,
    where batch-norm takes the pooled pixels' statistics, tells the two networks apart."""
    torch.manual_seed(0)
    recipe, pool_first = fast_cnn(8), records.pool_first_cnn(8)
    for kind in (nn.Conv2d, nn.Linear):
        for source, target in zip(layers_of(recipe, kind), layers_of(pool_first, kind), strict=True):
            target.load_state_dict(source.state_dict())
    kinds = [type(layer) for layer in pool_first]
    assert kinds[:4] == [nn.Conv2d, nn.MaxPool2d, nn.BatchNorm2d, nn.ReLU]
    assert sorted(map(str, kinds)) == sorted(str(type(layer)) for layer in recipe)
    images = torch.randn(16, 1, 28, 28)
    with torch.no_grad():
        assert torch.equal(recipe.eval()(images), pool_first.eval()(images))
        assert not torch.equal(recipe.train()(images), pool_first.train()(images))


def test_each_candidate_takes_every_place_in_turn():
    items = list("abcd")
    firsts = [records.rotated(items, turn)[0] for turn in range(len(items))]
    assert firsts == items
    assert all(sorted(records.rotated(items, turn)) == items for turn in range(7))


def test_only_changes_that_keep_the_work_borrow_the_recipe_epochs():
    borrowing = [c.change for c in records.MINUTE_CANDIDATES if records.same_work(c)]
    assert borrowing == [
        ", label smoothing 0.1",
        ", trained on shifts of up to 1 pixel",
        ", trained on shifts of up to 2 pixels",
    ]
    assert records.MINUTE_CANDIDATES[0] is records.RECIPE


def test_runs_keep_each_candidates_seeds_apart(monkeypatch):
    """runs rotates the order within each seed, yet files each result under its own candidate."""
    calls = []

    def fake_run(data, candidate, epochs, seed):
        calls.append((candidate.change, seed))
        result = {"reached": None, "validation": float(seed), "test": 0.0}
        return {name: dict(result) for name in records.SCORERS}, 100.0 * epochs + seed

    monkeypatch.setattr(records, "run_seed", fake_run)
    candidates = [records.Candidate(change) for change in "abc"]
    results = records.runs(None, list(zip(candidates, (1, 2, 3))))
    assert [change for change, seed in calls if seed == 1] == ["b", "c", "a"]
    assert [seconds for _, seconds in results] == [[100.0 * e + s for s in records.SEEDS] for e in (1, 2, 3)]
    assert all(found[records.FLIP]["validation"] == [float(s) for s in records.SEEDS] for found, _ in results)


def test_the_fit_times_each_candidate_once_a_round(monkeypatch):
    """Epochs within the budget less a fifth, from each timed candidate's median epoch; the changes
    that keep the recipe's work take its epochs and are not timed."""
    per_epoch = {records.RECIPE: 4.0, records.MINUTE_CANDIDATES[1]: 8.0, records.MINUTE_CANDIDATES[3]: 6.0}
    per_epoch[records.MINUTE_CANDIDATES[6]] = 3.0
    timed = []

    def fake_epoch(data, candidate):
        timed.append(candidate)
        return per_epoch[candidate]

    monkeypatch.setattr(records, "epoch_seconds", fake_epoch)
    fitted, seconds = records.minute_epochs(None, records.MINUTE_CANDIDATES)
    assert fitted == [12, 6, 12, 8, 12, 12, 16]
    assert [s is None for s in seconds] == [False, False, True, False, True, True, False]
    assert len(timed) == len(per_epoch) * (1 + records.TIMED_EPOCHS)  # an untimed epoch, then the rounds


def test_patch_components_are_the_patches_principal_directions():
    """Each filter pair is an eigenvector of the 3x3 patches' covariance and its negative, the
    eigenvectors orthonormal and those of the largest eigenvalues."""
    generator = torch.Generator().manual_seed(0)
    # images with more variance along rows than columns, so the eigenvalues are distinct
    images = torch.randn(64, 1, 28, 28, generator=generator).cumsum(dim=3)
    filters = records.patch_components(images, 8)
    assert filters.shape == (8, 1, 3, 3)
    top, negatives = filters[:4].reshape(4, 9), filters[4:].reshape(4, 9)
    assert torch.equal(negatives, -top)
    torch.testing.assert_close(top @ top.T, torch.eye(4), atol=1e-5, rtol=0)
    patches = torch.nn.functional.unfold(images, 3, padding=1).transpose(1, 2).reshape(-1, 9)
    patches = patches - patches.mean(0)
    covariance = patches.T @ patches / len(patches)
    explained = torch.diagonal(top @ covariance @ top.T)
    assert explained.min() >= torch.linalg.eigvalsh(covariance)[-4] * (1 - 1e-4)  # the largest four
    torch.testing.assert_close(covariance @ top.T, top.T * explained, atol=1e-3, rtol=1e-4)


def test_a_frozen_first_layer_keeps_the_rest_of_the_recipe():
    """The same seed draws the same other layers as the recipe's; frozen means no gradient."""
    images = torch.randn(32, 1, 28, 28, generator=torch.Generator().manual_seed(0))
    torch.manual_seed(3)
    recipe = fast_cnn(16)
    torch.manual_seed(3)
    frozen = records.first_layer_from_patches(records.patch_components(images, 16), frozen=True)(16)
    assert not frozen[0].weight.requires_grad
    assert torch.equal(frozen[0].weight, records.patch_components(images, 16))
    for kept, original in zip(list(frozen.state_dict().items())[1:], list(recipe.state_dict().items())[1:]):
        assert kept[0] == original[0] and torch.equal(kept[1], original[1]), kept[0]
    torch.manual_seed(3)
    assert records.first_layer_from_patches(records.patch_components(images, 16), frozen=False)(16)[
        0
    ].weight.requires_grad


def test_the_components_decorrelate_the_first_layer_as_convolved():
    """Through conv2d itself (not unfold), the filters' outputs are uncorrelated channels whose
    variances are the leading eigenvalues, smallest first: the unfold layout is the convolution's."""
    images = torch.randn(64, 1, 28, 28, generator=torch.Generator().manual_seed(2)).cumsum(dim=3)
    filters = records.patch_components(images, 8)[:4]
    channels = torch.nn.functional.conv2d(images, filters, padding=1).transpose(0, 1).reshape(4, -1)
    covariance = torch.cov(channels)
    patches = torch.nn.functional.unfold(images, 3, padding=1).transpose(1, 2).reshape(-1, 9)
    top = torch.linalg.eigvalsh(torch.cov(patches.T))[-4:]  # ascending, as the filters are
    torch.testing.assert_close(torch.diagonal(covariance), top, rtol=1e-3, atol=1e-4)
    off_diagonal = covariance - torch.diag(torch.diagonal(covariance))
    assert off_diagonal.abs().max() < 1e-3 * top[-1]


def test_a_frozen_first_layer_does_not_move_in_training():
    generator = torch.Generator().manual_seed(4)
    images, labels = torch.randn(512, 1, 28, 28, generator=generator), torch.randint(0, 10, (512,), generator=generator)
    torch.manual_seed(0)
    model = records.first_layer_from_patches(records.patch_components(images, 8), frozen=True)(8)
    first, last = model[0].weight.detach().clone(), model[-1].weight.detach().clone()
    records.train(model, images, labels, epochs=1, batch_size=32)
    assert torch.equal(model[0].weight, first)
    assert not torch.equal(model[-1].weight, last)
