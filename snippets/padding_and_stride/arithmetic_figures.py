"""Draw convolutions in the style of Dumoulin and Visin's
"A guide to convolution arithmetic".

Each panel shows the (padded) input on the left and the output on the right,
with one position of the kernel's window and the output cell it produces.
Cells no window ever reads get a cross.
"""

from padding_and_stride.output_size import (
    conv_output_size,
    conv_transpose_output_size,
)

# --8<-- [start:figures]
import matplotlib.pyplot as plt
from matplotlib.patches import Patch, Rectangle

INPUT, PADDING, INSERTED = "input", "padding", "inserted zero"
FILL = {INPUT: "#9ecae1", PADDING: "white", INSERTED: "white"}
HATCH = {INPUT: None, PADDING: "////", INSERTED: ".."}


def draw_convolution(
    size, kernel_size, stride=1, padding=0, dilation=1, title=""
):
    """A square input of `size` pixels;
    padding is a number, "valid" or "same"."""
    output = conv_output_size(size, kernel_size, stride, padding, dilation)
    # PyTorch's split: the odd pixel of padding goes to the end
    if padding == "same":
        total = dilation * (kernel_size - 1)
        before, after = total // 2, total - total // 2
    else:
        before = after = 0 if padding == "valid" else padding
    n = before + size + after
    kinds = [
        [
            INPUT
            if before <= r < before + size and before <= c < before + size
            else PADDING
            for c in range(n)
        ]
        for r in range(n)
    ]
    _draw(kinds, kernel_size, stride, dilation, output, title)


def draw_transposed(
    size, kernel_size, stride=1, padding=0, output_padding=0, title=""
):
    """nn.ConvTranspose2d drawn as the plain convolution it equals:
    stride - 1 zeros between the input pixels, a border of
    kernel_size - 1 - padding zeros (padding < kernel_size here) and
    output_padding more at the end, then a stride-1 convolution."""
    output = conv_transpose_output_size(
        size, kernel_size, stride, padding, output_padding=output_padding
    )
    border = kernel_size - 1 - padding
    if border < 0:
        raise ValueError(
            "the spread input is drawn only for padding < kernel_size"
        )
    n = border + (size - 1) * stride + 1 + border + output_padding
    inside = {border + i * stride for i in range(size)}
    spread = range(border, border + (size - 1) * stride + 1)
    kinds = [
        [
            INPUT
            if r in inside and c in inside
            else INSERTED
            if r in spread and c in spread
            else PADDING
            for c in range(n)
        ]
        for r in range(n)
    ]
    _draw(kinds, kernel_size, 1, 1, output, title)


def _shown_positions(output):
    """Up to four output cells: the first two of the first row, the end of that
    row, the last cell."""
    cells = [(0, 0), (0, 1), (0, output - 1), (output - 1, output - 1)]
    if output == 2:
        cells = [(0, 0), (0, 1), (1, 0), (1, 1)]
    return list(
        dict.fromkeys((r, c) for r, c in cells if r < output and c < output)
    )


def _draw(kinds, kernel_size, stride, dilation, output, title):
    n = len(kinds)
    taps = [
        (a * dilation, b * dilation)
        for a in range(kernel_size)
        for b in range(kernel_size)
    ]
    read = {
        (r * stride + a, c * stride + b)
        for r in range(output)
        for c in range(output)
        for a, b in taps
    }
    positions = _shown_positions(output)
    columns = 2 if len(positions) > 1 else 1
    rows = (len(positions) + 1) // 2
    left = n + 1.5  # where the output grid starts, in cells
    # inches: a panel is about 3 inches wide
    cell = 3.0 / (left + max(output, 3))
    # grids, panel titles, suptitle and legend
    height = rows * ((n + 0.9) * cell + 0.4) + 0.9
    fig, axes = plt.subplots(
        rows, columns, figsize=(3.3 * columns, height), squeeze=False
    )
    for axis, (out_r, out_c) in zip(axes.flat, positions):
        for r in range(n):
            for c in range(n):
                axis.add_patch(
                    Rectangle(
                        (c, r),
                        1,
                        1,
                        facecolor=FILL[kinds[r][c]],
                        edgecolor="#777777",
                        hatch=HATCH[kinds[r][c]],
                        linewidth=0.6,
                    )
                )
                if (r, c) not in read:
                    axis.plot(
                        [c + 0.25, c + 0.75],
                        [r + 0.25, r + 0.75],
                        color="#cb181d",
                        linewidth=1,
                    )
                    axis.plot(
                        [c + 0.25, c + 0.75],
                        [r + 0.75, r + 0.25],
                        color="#cb181d",
                        linewidth=1,
                    )
        for a, b in taps:
            axis.add_patch(
                Rectangle(
                    (out_c * stride + b, out_r * stride + a),
                    1,
                    1,
                    facecolor="#08519c",
                    alpha=0.6,
                    edgecolor="#08306b",
                    linewidth=1.2,
                )
            )
        span = dilation * (kernel_size - 1) + 1
        axis.add_patch(
            Rectangle(
                (out_c * stride, out_r * stride),
                span,
                span,
                fill=False,
                edgecolor="#08306b",
                linestyle="--",
                linewidth=1.5,
            )
        )
        top = (n - output) / 2
        for r in range(output):
            for c in range(output):
                current = (r, c) == (out_r, out_c)
                axis.add_patch(
                    Rectangle(
                        (left + c, top + r),
                        1,
                        1,
                        edgecolor="#777777",
                        linewidth=0.6,
                        facecolor="#238b45" if current else "#c7e9c0",
                    )
                )
        axis.set_title(f"output[{out_r}, {out_c}]", fontsize=9)
        axis.set_xlim(-0.2, left + max(output, 3) + 0.2)
        axis.set_ylim(n + 0.2, -0.7)  # room for the title above the grid
        axis.set_aspect("equal")
        axis.axis("off")
    for axis in axes.flat[len(positions) :]:
        axis.axis("off")
    present = {kind for row in kinds for kind in row}
    legend = [
        Patch(
            facecolor=FILL[kind],
            hatch=HATCH[kind],
            edgecolor="#777777",
            label=kind,
        )
        for kind in (INPUT, PADDING, INSERTED)
        if kind in present
    ]
    legend += [
        Patch(facecolor="#08519c", alpha=0.6, label="kernel window"),
        Patch(facecolor="#238b45", label="its output cell"),
    ]
    if len(read) < n * n:
        legend.append(
            plt.Line2D(
                [],
                [],
                color="#cb181d",
                marker="x",
                linestyle="none",
                label="never read",
            )
        )
    fig.suptitle(title, fontsize=10)
    fig.legend(
        handles=legend,
        loc="lower center",
        ncol=len(legend),
        fontsize=8,
        frameon=False,
        handlelength=1.2,
        columnspacing=1.2,
    )
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    plt.show()


# --8<-- [end:figures]
