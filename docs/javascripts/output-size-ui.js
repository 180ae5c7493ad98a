// The calculator form on docs/calculator/: recompute on every keystroke, show the size and the
// formula with the numbers filled in, or one clear message in the page's language. The arithmetic
// and the messages are in output-size.js.
document$.subscribe(() => {
  const form = document.getElementById("output-size-form");
  if (!form) return;
  const field = (name) => form.elements.namedItem(name);
  const result = form.querySelector(".calc-result");
  const answerLine = result.closest(".calc-answer");
  const formula = form.querySelector(".calc-formula");
  const note = form.querySelector(".calc-note");
  const error = form.querySelector(".calc-error");

  function update() {
    const layer = field("layer").value;
    // Settings a layer type does not have are hidden, so they cannot confuse or block a result.
    form.querySelectorAll("[data-layers]").forEach((element) => {
      element.hidden = !element.dataset.layers.split(" ").includes(layer);
    });
    const answer = OutputSize.calculate(layer, {
      size: field("size").value,
      kernel: field("kernel").value,
      stride: field("stride").value,
      padding: field("padding").value,
      dilation: field("dilation").value,
      outputPadding: field("output_padding").value,
      ceilMode: field("ceil_mode").checked,
    }, document.documentElement.lang);
    error.hidden = answer.ok;
    answerLine.hidden = formula.hidden = note.hidden = !answer.ok;
    if (!answer.ok) {
      error.textContent = `${answer.message}.`;
      return;
    }
    result.textContent = String(answer.output);
    katex.render(answer.tex, formula, { displayMode: true, throwOnError: true });
    note.textContent = answer.note;
    note.hidden = !answer.note;
  }

  form.addEventListener("input", update);
  form.addEventListener("submit", (event) => event.preventDefault());
  update();
});
