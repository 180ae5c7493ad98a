"""Training fast's `shifted` (the recipe's `shift` switch, which bench/records.py tries): each image
moves by its own offset, checked against torch.roll with the wrapped-round border blanked. With the
switch off the recipe trains what it trained before: the chapter's `#>` lines check that."""

import torch

from training_fast.recipe import fast_cnn, shifted, train


def rolled(image, down, right, shift, background):
    """The oracle: torch.roll moves the pixels, and the rows and columns it wrapped round are set to
    the background."""
    moved = torch.roll(image, (down, right), dims=(-2, -1))
    if down > 0:
        moved[..., :down, :] = background
    if down < 0:
        moved[..., down:, :] = background
    if right > 0:
        moved[..., :, :right] = background
    if right < 0:
        moved[..., :, right:] = background
    return moved


def test_each_image_moves_by_its_own_offset():
    shift, background = 2, -0.5
    moves = torch.tensor([(down, right) for down in range(-shift, shift + 1) for right in range(-shift, shift + 1)])
    images = torch.rand(len(moves), 2, 7, 6, generator=torch.Generator().manual_seed(0))
    result = shifted(images, moves, shift, background)
    assert result.shape == images.shape
    for image, moved, (down, right) in zip(images, result, moves.tolist()):
        assert torch.equal(moved, rolled(image, down, right, shift, background)), (down, right)


def test_training_on_shifts_runs_and_is_seeded():
    """train(shift=2) end to end on a few images: the same seed trains the same weights, and the
    switch changes what is trained (it is not silently off)."""
    generator = torch.Generator().manual_seed(1)
    images, labels = torch.randn(64, 1, 28, 28, generator=generator), torch.randint(0, 10, (64,), generator=generator)

    def weights_after(shift):
        torch.manual_seed(0)
        model = fast_cnn(4)
        train(model, images, labels, epochs=1, batch_size=32, shift=shift, bf16=False)
        return torch.cat([p.detach().flatten() for p in model.parameters()])

    shifted_twice = weights_after(2), weights_after(2)
    assert torch.equal(*shifted_twice)
    assert not torch.equal(shifted_twice[0], weights_after(0))
