// The convolution stepper on docs/convolution-stepper/: a kernel slides over a small matrix one
// window at a time. convolutionSteps is pure (tests/browser/test_stepper.py compares it with F.conv2d);
// the rest draws it. Output sizes and refusals come from output-size.js, the calculator's rules.
(function (root) {
  "use strict";

  function pad(image, padding) {
    const width = image[0].length + 2 * padding;
    const zeros = () => Array(width).fill(0);
    const rows = image.map((row) => [...Array(padding).fill(0), ...row, ...Array(padding).fill(0)]);
    return [...Array.from({ length: padding }, zeros), ...rows, ...Array.from({ length: padding }, zeros)];
  }

  // What F.conv2d computes: a cross-correlation (the kernel is not flipped), windows row by row.
  function convolutionSteps(image, kernel, padding, stride) {
    const rows = root.OutputSize.convOutputSize(image.length, kernel.length, stride, padding);
    const cols = root.OutputSize.convOutputSize(image[0].length, kernel[0].length, stride, padding);
    const padded = pad(image, padding);
    const steps = [];
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const top = row * stride;
        const left = col * stride;
        const terms = kernel.flatMap((kernelRow, y) => kernelRow.map((weight, x) => [padded[top + y][left + x], weight]));
        const sum = terms.reduce((total, [value, weight]) => total + value * weight, 0);
        steps.push({ row, col, top, left, terms, sum });
      }
    }
    return { padded, rows, cols, steps };
  }

  root.ConvStepper = { convolutionSteps };
})(typeof window === "undefined" ? globalThis : window);

// A padding this wide already shows what padding does; wider would only crowd the grid.
const STEPPER_LARGEST_PADDING = 3;

document$.subscribe(() => {
  const widget = document.getElementById("stepper-widget");
  if (!widget) return;
  const image = JSON.parse(widget.dataset.image);
  const kernel = JSON.parse(widget.dataset.kernel);
  const part = (name) => widget.querySelector(`.stepper-${name}`);
  const [paddingField, strideField] = [part("padding"), part("stride")];
  const [prev, next, reset] = [part("prev"), part("next"), part("reset")];
  let run = null;
  let position = 0; // how many windows are done; 0 = none yet

  function grid(target, matrix, classOf) {
    target.replaceChildren();
    target.style.setProperty("--columns", matrix[0].length);
    matrix.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = document.createElement("span");
        cell.className = ["stepper-cell", ...classOf(r, c)].join(" ");
        cell.textContent = value === null ? "" : String(value);
        target.append(cell);
      })
    );
  }

  function draw() {
    const step = position > 0 ? run.steps[position - 1] : null;
    const size = run.padded.length;
    const padding = (size - image.length) / 2;
    const inWindow = (r, c) =>
      step && r >= step.top && r < step.top + kernel.length && c >= step.left && c < step.left + kernel[0].length;
    const isPadding = (r, c) => r < padding || c < padding || r >= size - padding || c >= run.padded[0].length - padding;
    grid(part("input"), run.padded, (r, c) => [isPadding(r, c) && "is-padding", inWindow(r, c) && "is-window"].filter(Boolean));
    grid(part("kernel"), kernel, () => []);
    const output = Array.from({ length: run.rows }, (_, r) =>
      Array.from({ length: run.cols }, (_, c) => (r * run.cols + c < position ? run.steps[r * run.cols + c].sum : null))
    );
    grid(part("output"), output, (r, c) => (step && r === step.row && c === step.col ? ["is-current"] : []));
    const shown = (value) => (value < 0 ? `(${value})` : String(value));
    part("sum").textContent = step
      ? `output[${step.row}, ${step.col}] = ${step.terms.map(([v, w]) => `${shown(v)}×${shown(w)}`).join(" + ")} = ${step.sum}`
      : widget.dataset.start;
    part("position").textContent = `${position} / ${run.steps.length}`;
    prev.disabled = position === 0;
    next.disabled = position === run.steps.length;
  }

  function restart() {
    const error = part("error");
    position = 0;
    try {
      const padding = OutputSize.parseField("padding", paddingField.value);
      const stride = OutputSize.parseField("stride", strideField.value);
      if (padding > STEPPER_LARGEST_PADDING) {
        throw new OutputSize.InvalidLayerSettings("stepperPadding", { largest: STEPPER_LARGEST_PADDING, got: padding });
      }
      run = ConvStepper.convolutionSteps(image, kernel, padding, stride);
    } catch (problem) {
      if (!(problem instanceof OutputSize.InvalidLayerSettings)) throw problem;
      error.textContent = `${problem.explain(document.documentElement.lang)}.`;
      error.hidden = false;
      // The board, the position and the last step's sum all belong to settings that no longer hold.
      ["board", "sum", "position"].forEach((name) => (part(name).hidden = true));
      [prev, next, reset].forEach((button) => (button.disabled = true));
      return;
    }
    error.hidden = true;
    ["board", "sum", "position"].forEach((name) => (part(name).hidden = false));
    reset.disabled = false;
    draw();
  }

  prev.addEventListener("click", () => { position -= 1; draw(); });
  next.addEventListener("click", () => { position += 1; draw(); });
  reset.addEventListener("click", restart);
  paddingField.addEventListener("input", restart);
  strideField.addEventListener("input", restart);
  restart();
});
