/**
 * Saves a blob as a file the browser downloads (object URL, a temporary `<a download>`), without a page
 * change. The URL is revoked a moment later, once the download has taken the data.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox only follows links that are in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a downloaded file. */
export function saveTextFile(text: string, fileName: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
