// A part of the one-page story brings each step's HTML picture (a map of its state) inert, in a
// <template data-ex-print> (src/components/Step.astro): a reader with JavaScript sees those pictures only in print,
// and a map's <use> elements cost the browser style work even while hidden, for every map of a story however long.
// When the page is printed (the print dialog, or print media emulated), they are laid out where they stand, once.
const layOut = () => {
  for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-ex-print]')) template.replaceWith(template.content);
};
window.addEventListener('beforeprint', layOut);
window.matchMedia('print').addEventListener('change', (e) => e.matches && layOut());
