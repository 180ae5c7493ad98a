// Output sizes of convolution, pooling and transposed convolution along one axis: the same rules,
// check for check, as snippets/padding_and_stride/output_size.py, which is tested against PyTorch.
// tests/browser/test_calculator.py runs both on thousands of random settings: same size, or both refuse.
// Pure functions only; the calculator's page code is in output-size-ui.js.
(function (root) {
  "use strict";

  // Every refusal and note, once per language, filled with its numbers. The English words are
  // output_size.py's; a page shows the catalogue of its own language (<html lang>).
  const MESSAGES = {
    en: {
      notWhole: ({ name, got }) => `${name} must be a whole number, got ${got}`,
      tooSmall: ({ name, minimum, got }) => `${name} must be at least ${minimum}, got ${got}`,
      tooLarge: ({ name, largest, got }) => `${name} must be at most ${largest}, got ${got}`,
      empty: ({ name }) => `${name} is empty: enter a whole number`,
      sameNeedsStride1: () => "padding 'same' needs stride 1: a strided output cannot keep the input size",
      paddingWord: ({ got }) => `padding must be a number, 'valid' or 'same', got ${got}`,
      paddingWordOnlyConv: ({ word }) => `padding '${word}' exists only for convolution`,
      kernelTooWide: ({ covered, size, padding, total }) =>
        `the kernel spans ${covered} pixels but the padded input has only ${size} + 2·${padding} = ${total}`,
      poolPadding: ({ kernel, half, got }) =>
        `padding must be at most half the kernel size (${kernel} // 2 = ${half}), got ${got}`,
      windowTooWide: ({ covered, total }) =>
        `the pooling window spans ${covered} pixels but the padded input has only ${total}`,
      outputPadding: ({ outputPadding, stride, dilation }) =>
        `output_padding (${outputPadding}) must be smaller than stride (${stride}) or dilation (${dilation})`,
      noOutput: ({ output, padding }) =>
        `the output would have ${output} pixels: padding ${padding} removes more than the layer produces`,
      unknownLayer: ({ got }) => `unknown layer type ${got}`,
      stepperPadding: ({ largest, got }) => `the stepper draws padding up to ${largest}, got ${got}`,
      sameKeepsSize: () => "padding 'same' keeps the input size (stride 1 only)",
      validMeansNoPadding: () => "padding 'valid' means no padding",
      ceilDrops: () => "ceil_mode drops a last window that would start in the right padding",
      aIsOutputPadding: () => "a is output_padding",
      poolStride: ({ kernel, stride }) =>
        `this is nn.MaxPool2d(${kernel}, stride=${stride}); nn.MaxPool2d(${kernel}) alone uses stride ${kernel}`,
    },
    // Particles that do not depend on the word before them (에는, 칸이, 설정은), so every field
    // name and number reads correctly.
    ko: {
      notWhole: ({ name, got }) => `${name}에는 정수를 넣어야 합니다. 입력값: ${got}`,
      tooSmall: ({ name, minimum, got }) => `${name}에는 ${minimum} 이상을 넣어야 합니다. 입력값: ${got}`,
      tooLarge: ({ name, largest, got }) => `${name}에는 ${largest} 이하를 넣어야 합니다. 입력값: ${got}`,
      empty: ({ name }) => `${name} 칸이 비어 있습니다. 정수를 넣으세요`,
      sameNeedsStride1: () =>
        "padding='same' 설정에는 스트라이드 1이 필요합니다. 스트라이드가 1보다 크면 출력이 입력 크기를 유지할 수 없습니다",
      paddingWord: ({ got }) => `패딩에는 숫자나 'valid', 'same'을 넣어야 합니다. 입력값: ${got}`,
      paddingWordOnlyConv: ({ word }) => `padding='${word}' 설정은 합성곱에만 있습니다`,
      kernelTooWide: ({ covered, size, padding, total }) =>
        `커널은 ${covered}픽셀에 걸치는데, 패딩한 입력은 ${size} + 2·${padding} = ${total}픽셀뿐입니다`,
      poolPadding: ({ kernel, half, got }) =>
        `패딩은 커널 크기의 절반(${kernel} // 2 = ${half}) 이하여야 합니다. 입력값: ${got}`,
      windowTooWide: ({ covered, total }) =>
        `풀링 윈도우는 ${covered}픽셀에 걸치는데, 패딩한 입력은 ${total}픽셀뿐입니다`,
      outputPadding: ({ outputPadding, stride, dilation }) =>
        `output_padding(${outputPadding})은 스트라이드(${stride})나 팽창(${dilation})보다 작아야 합니다`,
      noOutput: ({ output, padding }) =>
        `출력이 ${output}픽셀이 됩니다. 패딩(${padding})으로 잘라 내는 양이 층이 만드는 출력보다 많습니다`,
      unknownLayer: ({ got }) => `알 수 없는 층 종류입니다: ${got}`,
      stepperPadding: ({ largest, got }) => `이 도구는 패딩을 ${largest}까지만 그립니다. 입력값: ${got}`,
      sameKeepsSize: () => "padding='same'은 입력 크기를 그대로 유지합니다(스트라이드 1에서만)",
      validMeansNoPadding: () => "padding='valid'는 패딩을 넣지 않는다는 뜻입니다",
      ceilDrops: () => "ceil_mode는 오른쪽 패딩 안에서 시작할 마지막 윈도우를 버립니다",
      aIsOutputPadding: () => "a는 output_padding입니다",
      poolStride: ({ kernel, stride }) =>
        `nn.MaxPool2d(${kernel}, stride=${stride})의 결과입니다. 스트라이드를 주지 않은 nn.MaxPool2d(${kernel})에서는 스트라이드가 커널 크기와 같은 ${kernel}입니다`,
    },
  };
  // A field as the page's label names it, in each language: the rules name their arguments as
  // output_size.py does (kernel_size), the page as its labels do ("Kernel size k"), one word per
  // field in every message.
  const FIELD_NAMES = {
    en: {
      size: "input size", "input size": "input size", kernel_size: "kernel size", "kernel size": "kernel size",
      stride: "stride", padding: "padding", dilation: "dilation", output_padding: "output_padding",
    },
    ko: {
      size: "입력 크기", "input size": "입력 크기", kernel_size: "커널 크기", "kernel size": "커널 크기",
      stride: "스트라이드", padding: "패딩", dilation: "팽창", output_padding: "output_padding",
    },
  };

  // A message: with `names` (a page's labels) or as output_size.py words it (no names).
  function say(code, params = {}, language = "en", names = {}) {
    const named = "name" in params ? { ...params, name: names[params.name] || params.name } : params;
    return (MESSAGES[language] || MESSAGES.en)[code](named);
  }

  class InvalidLayerSettings extends Error {
    constructor(code, params = {}) {
      super(say(code, params));
      this.name = "InvalidLayerSettings";
      this.code = code;
      this.params = params;
    }

    // In a page's language, each field named as the page's label names it.
    explain(language) {
      return say(this.code, this.params, language, FIELD_NAMES[language] || FIELD_NAMES.en);
    }
  }

  const describe = (value) => (typeof value === "string" ? `"${value}"` : String(value));

  function whole(name, value, minimum) {
    if (!Number.isSafeInteger(value)) {
      throw new InvalidLayerSettings("notWhole", { name, got: describe(value) });
    }
    if (value < minimum) {
      throw new InvalidLayerSettings("tooSmall", { name, minimum, got: value });
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
        throw new InvalidLayerSettings("sameNeedsStride1");
      }
      return size;
    } else if (typeof padding === "string") {
      throw new InvalidLayerSettings("paddingWord", { got: describe(padding) });
    }
    whole("padding", padding, 0);
    const covered = span(kernelSize, dilation);
    if (size + 2 * padding < covered) {
      throw new InvalidLayerSettings("kernelTooWide", { covered, size, padding, total: size + 2 * padding });
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
      throw new InvalidLayerSettings("poolPadding", { kernel: kernelSize, half: floorDiv(kernelSize, 2), got: padding });
    }
    let output = poolWindows(size, kernelSize, stride, padding, dilation, ceilMode);
    if (ceilMode && (output - 1) * stride >= size + padding) {
      output -= 1;
    }
    if (output < 1) {
      throw new InvalidLayerSettings("windowTooWide", { covered: span(kernelSize, dilation), total: size + 2 * padding });
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
      throw new InvalidLayerSettings("outputPadding", { outputPadding, stride, dilation });
    }
    const output = (size - 1) * stride - 2 * padding + span(kernelSize, dilation) + outputPadding;
    if (output < 1) {
      throw new InvalidLayerSettings("noOutput", { output, padding });
    }
    return output;
  }

  // Form fields hold text. Only plain whole numbers pass; the size functions then judge the value.
  // The cap keeps every product in the formulas an exact JavaScript integer.
  const LARGEST_FIELD = 1000000;

  function parseField(label, text) {
    const trimmed = String(text).trim();
    if (trimmed === "") {
      throw new InvalidLayerSettings("empty", { name: label });
    }
    // 28, or 1e9 (a whole number in exponent form: refused below only if it is too large).
    const value = Number(trimmed);
    if (!/^[+-]?\d+(?:e\+?\d+)?$/i.test(trimmed) || !Number.isInteger(value)) {
      throw new InvalidLayerSettings("notWhole", { name: label, got: `"${trimmed}"` });
    }
    if (Math.abs(value) > LARGEST_FIELD) {
      throw new InvalidLayerSettings("tooLarge", { name: label, largest: LARGEST_FIELD, got: trimmed });
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
      return { output, tex: String.raw`o = i = ${i}`, note: "sameKeepsSize" };
    }
    const p = fields.padding === "valid" ? 0 : fields.padding;
    const top = i + 2 * p - d * (k - 1) - 1;
    const tex = String.raw`\begin{aligned}
      ${FORMULAS.conv.replace("o =", "o &=")} \\
      &= \left\lfloor \frac{${i} + 2 \cdot ${p} - ${d} \cdot (${k} - 1) - 1}{${s}} \right\rfloor + 1 \\
      &= \left\lfloor \frac{${top}}{${s}} \right\rfloor + 1 = ${output}
    \end{aligned}`;
    return { output, tex, note: fields.padding === "valid" ? "validMeansNoPadding" : null };
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
    const notes = [];
    if (windows !== output) {
      lines.push(String.raw`&\to ${windows} - 1 = ${output}`);
      notes.push(["ceilDrops"]);
    }
    // A learner who types only the kernel size means nn.MaxPool2d(k), whose stride is k.
    if (s !== k) notes.push(["poolStride", { kernel: k, stride: s }]);
    return { output, tex: String.raw`\begin{aligned}${lines.join(" \\\\ ")}\end{aligned}`, note: notes };
  }

  function transpose(fields) {
    const { size: i, kernel: k, stride: s, padding: p, dilation: d, outputPadding: a } = fields;
    const output = convTransposeOutputSize(i, k, s, p, d, a);
    const tex = String.raw`\begin{aligned}
      ${FORMULAS.transpose.replace("o =", "o &=")} \\
      &= (${i} - 1) \cdot ${s} - 2 \cdot ${p} + ${d} \cdot (${k} - 1) + ${a} + 1 = ${output}
    \end{aligned}`;
    return { output, tex, note: "aIsOutputPadding" };
  }

  const LAYERS = { conv, pool, transpose };

  // From the text of the form's fields to {ok, output, tex, note} or {ok: false, message}, the
  // note and the message in `language`.
  function calculate(layer, texts, language = "en") {
    try {
      if (!(layer in LAYERS)) {
        throw new InvalidLayerSettings("unknownLayer", { got: describe(layer) });
      }
      const paddingWord = String(texts.padding).trim().toLowerCase();
      if (paddingWord === "same" || paddingWord === "valid") {
        if (layer !== "conv") {
          throw new InvalidLayerSettings("paddingWordOnlyConv", { word: paddingWord });
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
      const { output, tex, note } = LAYERS[layer](fields);
      // A layer gives no note, one code, or a list of [code, params]; the page shows them joined.
      const notes = Array.isArray(note) ? note : note ? [[note]] : [];
      const names = FIELD_NAMES[language] || FIELD_NAMES.en;
      return { ok: true, output, tex, note: notes.map(([code, params]) => say(code, params, language, names)).join(". ") };
    } catch (error) {
      if (error instanceof InvalidLayerSettings) {
        return { ok: false, message: error.explain(language) };
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
    MESSAGES,
    FORMULAS,
  };
})(typeof window === "undefined" ? globalThis : window);
