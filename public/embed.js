/* Sizes the explainer's chart embeds to their content: load it, or copy it into your page. Plain JS. */
(function () {
  var frames = document.getElementsByTagName('iframe');
  addEventListener('message', function (e) {
    var d = e.data;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow === e.source && d && d.type === 'explainer:height' && +d.height > 0 && new URL(f.src, location.href).origin === e.origin)
        f.style.height = Math.ceil(d.height) + 'px';
    }
  });
  // Embeds that loaded before this script: ask them again.
  for (var i = 0; i < frames.length; i++) frames[i].contentWindow && frames[i].contentWindow.postMessage({ type: 'explainer:ask-height' }, '*');
})();
