/**
 * ARM templates and parameters files may carry line (`//`) and block comments; the YAML parser behind
 * SourceDocument would silently read them as parts of keys. They are blanked out with spaces, keeping line
 * breaks, so that every line and column stays where it was.
 */
/** Replaces JSON comments (outside strings) by spaces; line breaks stay. */
export function blankComments(text: string): string {
  if (!text.includes('//') && !text.includes('/*')) return text;
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\' && i + 1 < text.length) out += text[++i];
      else if (c === '"') inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += text[i] === '\r' ? '\r' : ' ';
        i++;
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) out += text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
