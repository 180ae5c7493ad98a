// Output sizes of convolution, pooling and transposed convolution along one axis: the same rules,
// check for check, as snippets/padding_and_stride/output_size.py, which is tested against PyTorch.
// tests/test_browser.py runs both on thousands of random settings: same size, or both refuse.
// Pure functions only; the calculator's page code is in output-size-ui.js.
(function (root) {
  "use strict";

  class InvalidLayerSettings extends Error {
    constructor(message) {
      super(message);
      this.name = "InvalidLayerSettings";
    }
  }

  const describe = (value) => (typeof value === "string" ? `"${value}"` : String(value));

  function whole(name, value, minimum) {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidLayerSettings(`${name} must be a whole number, got ${describe(value)}`);
    }
    if (value < minimum) {
      throw new InvalidLayerSettings(`${name} must be at least ${minimum}, got ${value}`);
    }
    return value;
  }

  // Python's `//`: JavaScript's division is a float, which is wrong for large sizes.
  function floorDiv(a, b) {
    const remainder = ((a % b) + b) % b;
    return (a - remainder) / b;
  }

  const span = (kernelSize, dilation) => dilation * (kernelSize - 1) + 1; // holes included

  function convOutputSize(size, kernelSize, stride = 1, padding = 0, dilation = 1) {
    whole("size", size, 1);
    whole("kernel_size", kernelSize, 1);
    whole("stride", stride, 1);
    whole("dilation", dilation, 1);
    if (padding === "valid") {
      padding = 0;
    } else if (padding === "same") {
      if (stride !== 1) {
        throw new InvalidLayerSettings("padding 'same' needs stride 1: a strided output cannot keep the input size");
      }
      return size;
    } else if (typeof padding === "string") {
      throw new InvalidLayerSettings(`padding must be a number, 'valid' or 'same', got ${describe(padding)}`);
    }
    whole("padding", padding, 0);
    const covered = span(kernelSize, dilation);
    if (size + 2 * padding < covered) {
      throw new InvalidLayerSettings(
        `the kernel spans ${covered} pixels but the padded input has only ${size} + 2·${padding} = ${size + 2 * padding}`
      );
    }
    return floorDiv(size + 2 * padding - covered, stride) + 1;
  }

  // The number before PyTorch drops a last window that would start in the right padding.
  function poolWindows(size, kernelSize, stride, padding, dilation, ceilMode) {
    const covered = size + 2 * padding - span(kernelSize, dilation);
    return floorDiv(covered + (ceilMode ? stride - 1 : 0), stride) + 1;
  }

  function poolOutputSize(size, kernelSize, stride = null, padding = 0, dilation = 1, ceilMode = false) {
    whole("size", size, 1);
    whole("kernel_size", kernelSize, 1);
    stride = stride === null ? kernelSize : whole("stride", stride, 1);
    whole("padding", padding, 0);
    whole("dilation", dilation, 1);
    if (padding > floorDiv(kernelSize, 2)) {
      throw new InvalidLayerSettings(
        `padding must be at most half the kernel size (${kernelSize} // 2 = ${floorDiv(kernelSize, 2)}), got ${padding}`
      );
    }
    let output = poolWindows(size, kernelSize, stride, padding, dilation, ceilMode);
    if (ceilMode && (output - 1) * stride >= size + padding) {
      output -= 1;
    }
    if (output < 1) {
      throw new InvalidLayerSettings(
        `the pooling window spans ${span(kernelSize, dilation)} pixels but the padded input has only ${size + 2 * padding}`
      );
    }
    return output;
  }

  function convTransposeOutputSize(size, kernelSize, stride = 1, padding = 0, dilation = 1, outputPadding = 0) {
    whole("size", size, 1);
    whole("kernel_size", kernelSize, 1);
    whole("stride", stride, 1);
    whole("padding", padding, 0);
    whole("dilation", dilation, 1);
    whole("output_padding", outputPadding, 0);
    if (outputPadding >= stride && outputPadding >= dilation) {
      throw new InvalidLayerSettings(
        `output_padding (${outputPadding}) must be smaller than stride (${stride}) or dilation (${dilation})`
      );
    }
    const output = (size - 1) * stride - 2 * padding + span(kernelSize, dilation) + outputPadding;
    if (output < 1) {
      throw new InvalidLayerSettings(
        `the output would have ${output} pixels: padding ${padding} removes more than the layer produces`
      );
    }
    return output;
  }

  // Form fields hold text. Only plain whole numbers pass; the size functions then judge the value.
  // The cap keeps every product in the formulas an exact JavaScript integer.
  const LARGEST_FIELD = 1000000;

  function parseField(label, text) {
    const trimmed = String(text).trim();
    if (trimmed === "") {
      throw new InvalidLayerSettings(`${label} is empty: enter a whole number`);
    }
    if (!/^[+-]?\d+$/.test(trimmed)) {
      throw new InvalidLayerSettings(`${label} must be a whole number, got "${trimmed}"`);
    }
    const value = Number(trimmed);
    if (Math.abs(value) > LARGEST_FIELD) {
      throw new InvalidLayerSettings(`${label} must be at most ${LARGEST_FIELD}, got ${trimmed}`);
    }
    return value === 0 ? 0 : value; // no -0 in messages
  }

  const FORMULAS = {
    conv: String.raw`o = \left\lfloor \frac{i + 2p - d(k-1) - 1}{s} \right\rfloor + 1`,
    pool: String.raw`o = \left\lfloor \frac{i + 2p - d(k-1) - 1}{s} \right\rfloor + 1`,
    poolCeil: String.raw`o = \left\lceil \frac{i + 2p - d(k-1) - 1}{s} \right\rceil + 1`,
    transpose: String.raw`o = (i - 1)\,s - 2p + d(k-1) + a + 1`,
  };

  // Every step of the formula with the numbers filled in, as KaTeX source (an aligned block).
  function conv(fields) {
    const { size: i, kernel: k, stride: s, dilation: d } = fields;
    const output = convOutputSize(i, k, s, fields.padding, d);
    if (fields.padding === "same") {
      return { output, tex: String.raw`o = i = ${i}`, note: "padding 'same' keeps the input size (stride 1 only)" };
    }
    const p = fields.padding === "valid" ? 0 : fields.padding;
    const top = i + 2 * p - d * (k - 1) - 1;
    const tex = String.raw`\begin{aligned}
      ${FORMULAS.conv.replace("o =", "o &=")} \\
      &= \left\lfloor \frac{${i} + 2 \cdot ${p} - ${d} \cdot (${k} - 1) - 1}{${s}} \right\rfloor + 1 \\
      &= \left\lfloor \frac{${top}}{${s}} \right\rfloor + 1 = ${output}
    \end{aligned}`;
    return { output, tex, note: fields.padding === "valid" ? "padding 'valid' means no padding" : "" };
  }

  function pool(fields) {
    const { size: i, kernel: k, stride: s, padding: p, dilation: d, ceilMode } = fields;
    const output = poolOutputSize(i, k, s, p, d, ceilMode);
    const windows = poolWindows(i, k, s, p, d, ceilMode);
    const top = i + 2 * p - d * (k - 1) - 1;
    const [open, close] = ceilMode ? [String.raw`\left\lceil`, String.raw`\right\rceil`] : [String.raw`\left\lfloor`, String.raw`\right\rfloor`];
    const lines = [
      (ceilMode ? FORMULAS.poolCeil : FORMULAS.pool).replace("o =", "o &="),
      String.raw`&= ${open} \frac{${i} + 2 \cdot ${p} - ${d} \cdot (${k} - 1) - 1}{${s}} ${close} + 1`,
      String.raw`&= ${open} \frac{${top}}{${s}} ${close} + 1 = ${windows}`,
    ];
    let note = "";
    if (windows !== output) {
      lines.push(String.raw`&\to ${windows} - 1 = ${output}`);
      note = "ceil_mode drops a last window that would start in the right padding";
    }
    return { output, tex: String.raw`\begin{aligned}${lines.join(" \\\\ ")}\end{aligned}`, note };
  }

  function transpose(fields) {
    const { size: i, kernel: k, stride: s, padding: p, dilation: d, outputPadding: a } = fields;
    const output = convTransposeOutputSize(i, k, s, p, d, a);
    const tex = String.raw`\begin{aligned}
      ${FORMULAS.transpose.replace("o =", "o &=")} \\
      &= (${i} - 1) \cdot ${s} - 2 \cdot ${p} + ${d} \cdot (${k} - 1) + ${a} + 1 = ${output}
    \end{aligned}`;
    return { output, tex, note: "a is output_padding" };
  }

  const LAYERS = { conv, pool, transpose };

  // From the text of the form's fields to {ok, output, tex, note} or {ok: false, message}.
  function calculate(layer, texts) {
    try {
      if (!(layer in LAYERS)) {
        throw new InvalidLayerSettings(`unknown layer type ${describe(layer)}`);
      }
      const paddingWord = String(texts.padding).trim().toLowerCase();
      if (paddingWord === "same" || paddingWord === "valid") {
        if (layer !== "conv") {
          throw new InvalidLayerSettings(`padding '${paddingWord}' exists only for convolution`);
        }
      }
      const fields = {
        size: parseField("input size", texts.size),
        kernel: parseField("kernel size", texts.kernel),
        stride: parseField("stride", texts.stride),
        padding: paddingWord === "same" || paddingWord === "valid" ? paddingWord : parseField("padding", texts.padding),
        dilation: parseField("dilation", texts.dilation),
        outputPadding: layer === "transpose" ? parseField("output_padding", texts.outputPadding) : 0,
        ceilMode: Boolean(texts.ceilMode),
      };
      return { ok: true, ...LAYERS[layer](fields) };
    } catch (error) {
      if (error instanceof InvalidLayerSettings) {
        return { ok: false, message: error.message };
      }
      throw error;
    }
  }

  root.OutputSize = {
    InvalidLayerSettings,
    convOutputSize,
    poolOutputSize,
    convTransposeOutputSize,
    parseField,
    calculate,
    FORMULAS,
  };
})(typeof window === "undefined" ? globalThis : window);
