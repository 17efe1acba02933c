// Run `load` once, when `el` comes within about two screens of the viewport.
export function whenNear(el: Element, load: () => void): void {
  if (!('IntersectionObserver' in window)) return load();
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        load();
      }
    },
    { rootMargin: '200% 0px' },
  );
  io.observe(el);
}
