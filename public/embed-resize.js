// Resizes each <iframe data-event-gallery="<id>"> to the height its gallery reports. Include it on
// the host page (or copy these lines into a script of your own): it trusts only messages from the
// gallery's own origin, the iframe's.
addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'event-gallery:resize' || typeof message.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-event-gallery]')) {
    if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
      frame.style.height = `${Math.ceil(message.height)}px`;
    }
  }
});
