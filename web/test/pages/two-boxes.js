// two-boxes.html: counts the precis:ready events that reach the document by bubbling.
window.__bubbled = 0;
document.addEventListener('precis:ready', () => { window.__bubbled++; });
