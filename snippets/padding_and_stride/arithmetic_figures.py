"""Draw a convolution in the style of Dumoulin & Visin's convolution-arithmetic guide."""

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

from padding_and_stride.output_size import conv_output_size


def draw_convolution(size, kernel_size, stride=1, padding=0, dilation=1, title=""):
    """Input (padding hatched) with the kernel's first window in blue, and the output grid
    with the cell that window produces."""
    output = conv_output_size(size, kernel_size, stride, padding, dilation)
    padded = size + 2 * padding
    fig, (left, right) = plt.subplots(1, 2, figsize=(6, 3), gridspec_kw={"width_ratios": [padded, max(output, 2)]})
    for row in range(padded):
        for col in range(padded):
            is_padding = not (padding <= row < padding + size and padding <= col < padding + size)
            left.add_patch(Rectangle((col, row), 1, 1, facecolor="white", edgecolor="gray",
                                     hatch="///" if is_padding else None))
    for a in range(kernel_size):
        for b in range(kernel_size):
            left.add_patch(Rectangle((b * dilation, a * dilation), 1, 1, facecolor="tab:blue", alpha=0.6))
    if stride > 1 and output > 1:  # where the second window starts
        left.add_patch(Rectangle((stride, 0), 1, 1, fill=False, edgecolor="tab:red", linewidth=2))
    for row in range(output):
        for col in range(output):
            right.add_patch(Rectangle((col, row), 1, 1, facecolor="tab:cyan" if (row, col) == (0, 0) else "white",
                                      edgecolor="gray"))
    left.set_title(f"input {size}x{size}" + (f", padding {padding}" if padding else ""), fontsize=9)
    right.set_title(f"output {output}x{output}", fontsize=9)
    for axis, n in ((left, padded), (right, max(output, 2))):
        axis.set_xlim(0, n)
        axis.set_ylim(n, 0)
        axis.set_aspect("equal")
        axis.axis("off")
    fig.suptitle(title, fontsize=10)
    plt.tight_layout()
    plt.show()
